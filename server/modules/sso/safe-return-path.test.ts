import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./sso-login.service.js";

describe("where an SSO sign-in may land", () => {
  it("keeps paths of this app", () => {
    expect(safeReturnPath("/one-on-ones")).toBe("/one-on-ones");
    expect(safeReturnPath("/meetings/abc?tab=notes")).toBe("/meetings/abc?tab=notes");
  });

  it("drops anything that could leave the site", () => {
    for (const next of [undefined, "", "https://evil.example/", "//evil.example", "/\\evil.example", "/a b", "evil"]) {
      expect(safeReturnPath(next)).toBeNull();
    }
  });
});
