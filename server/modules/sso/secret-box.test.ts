import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box.js";

const SERVER_SECRET = "a-server-secret-a-server-secret-000000";

describe("sealed client secrets", () => {
  it("open with the same server secret and differ on every seal", () => {
    const a = sealSecret(SERVER_SECRET, "client-secret");
    const b = sealSecret(SERVER_SECRET, "client-secret");
    expect(a).not.toBe(b);
    expect(a).not.toContain("client-secret");
    expect(openSecret(SERVER_SECRET, a)).toBe("client-secret");
    expect(openSecret(SERVER_SECRET, b)).toBe("client-secret");
  });

  it("do not open under another server secret, tampered with or malformed", () => {
    const sealed = sealSecret(SERVER_SECRET, "client-secret");
    expect(openSecret("another-server-secret-another-server-secret", sealed)).toBeNull();
    const [version, iv, tag, body = ""] = sealed.split(".");
    const flipped = `${body.startsWith("A") ? "B" : "A"}${body.slice(1)}`;
    expect(openSecret(SERVER_SECRET, [version, iv, tag, flipped].join("."))).toBeNull();
    expect(openSecret(SERVER_SECRET, "")).toBeNull();
    expect(openSecret(SERVER_SECRET, "v2.a.b.c")).toBeNull();
  });
});
