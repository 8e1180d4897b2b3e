import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../../shared/errors.js";
import { SUPPORTED_LOCALES } from "../../../shared/i18n/locales.js";
import { catalogs, createTranslator } from "../../../shared/i18n/translate.js";
import { ApiError } from "./client.js";
import { errorField, errorMessage, MESSAGE_BY_CODE } from "./errorMessage.js";

describe("error messages", () => {
  it("has a message for every code the server answers with, in every language", () => {
    expect(Object.keys(MESSAGE_BY_CODE).sort()).toEqual([...ERROR_CODES].sort());
    for (const locale of SUPPORTED_LOCALES) {
      for (const code of ERROR_CODES) {
        const key = MESSAGE_BY_CODE[code];
        expect(catalogs[locale][key], `${locale} ${code} -> ${key}`).toBeTruthy();
      }
    }
  });

  it("says what the code means, not a generic sentence", () => {
    const t = createTranslator("pt-BR");
    for (const code of ERROR_CODES.filter((c) => c !== "internal_error")) {
      expect(errorMessage(t, new ApiError(409, code, "")), code).not.toBe(t("errors.generic"));
    }
    expect(errorMessage(t, new ApiError(0, "network_error", ""))).toBe(t("errors.network"));
    expect(errorMessage(t, new ApiError(502, "http_502", "Bad Gateway"))).toBe(t("errors.generic"));
    expect(errorMessage(t, new ApiError(429, "rate_limited", "", 30))).toBe(
      t("errors.rateLimitedFor", { seconds: 30 }),
    );
  });

  it("finds the failing field in `field`, never in the message text", () => {
    const t = createTranslator("en");
    const bad = new ApiError(400, "validation_failed", "email: looks like a field", null, null, "password");
    expect(errorField(bad)).toBe("password");
    expect(errorMessage(t, bad)).toBe(t("errors.invalidField", { field: t("fields.password") }));
    const nested = new ApiError(400, "validation_failed", "Too small", null, null, "email.0");
    expect(errorField(nested)).toBe("email");
    const none = new ApiError(400, "validation_failed", "email: Invalid");
    expect(errorField(none)).toBeNull();
    expect(errorMessage(t, none)).toBe(t("errors.validation"));
  });
});
