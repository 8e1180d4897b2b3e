import { expect, it } from "vitest";
import { ERROR_CODES, isErrorCode } from "../../shared/errors.js";
import { buildOwner } from "../../tests/support/factories.js";
import { TestClient } from "../../tests/support/http-client.js";
import { describeEachEngine, TEST_ORIGIN } from "../../tests/support/test-app.js";
import { validationBody } from "./error-handler.js";

it("lists each code once, in snake_case", () => {
  expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  expect(isErrorCode("not_found")).toBe(true);
  expect(isErrorCode("made_up")).toBe(false);
});

it("puts the first failing field in `field` and names the others in the message", () => {
  const body = validationBody("body", [
    { instancePath: "/sections/0/title", message: "Too small" },
    { instancePath: "/email", message: "Invalid email address" },
  ]);
  expect(body).toEqual({
    error: { code: "validation_failed", message: "Too small; email: Invalid email address", field: "sections.0.title" },
  });
  // A refusal of the whole body names no field.
  expect(validationBody("body", [{ instancePath: "", message: "Expected object" }])).toEqual({
    error: { code: "validation_failed", message: "body: Expected object" },
  });
});

describeEachEngine("error answers", (ctx) => {
  it("a 400 carries the failing field as `field`, not in the message", async () => {
    const owner = await buildOwner(ctx.current);
    const res = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email: "nope" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.field).toBe("email");
    expect(res.body.error.message).not.toMatch(/^email:/);
    // A service's own 400 too.
    const search = await owner.client.get("/api/v1/search?q=%3F%21");
    expect(search.body.error).toMatchObject({ code: "validation_failed", field: "q" });
    // A NUL character, found before validation, points at its field.
    const nul = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email: "a\u0000@example.com" });
    expect(nul.body.error).toMatchObject({ code: "validation_failed", field: "email" });
  });

  it("answers only listed codes, and no `field` where no input is at fault", async () => {
    const anonymous = new TestClient(ctx.current.app);
    const unauthorized = await anonymous.get("/api/v1/me");
    expect(unauthorized.body.error.code).toBe("unauthorized");
    expect(unauthorized.body.error).not.toHaveProperty("field");
    /** A sign-in whose body is not the JSON the route reads. */
    const postRawLogin = (contentType: string, payload: string) =>
      ctx.current.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "content-type": contentType, origin: TEST_ORIGIN },
        payload,
      });
    const badJson = await postRawLogin("application/json", "{not json");
    expect(badJson.statusCode).toBe(400);
    expect(isErrorCode(badJson.json().error.code)).toBe(true);
    const wrongType = await postRawLogin("text/xml", "<a/>");
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.code).toBe("invalid_media_type");
  });
});
