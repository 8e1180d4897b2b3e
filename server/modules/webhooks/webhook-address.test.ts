import { describe, expect, it } from "vitest";
import { guardedLookup, isAllowedAddress, webhookUrlProblem } from "./webhook-address.js";

describe("webhook addresses (SSRF)", () => {
  it("accepts public https URLs only, without the insecure-loopback flag", () => {
    expect(webhookUrlProblem("https://hooks.example.com/rapport?x=1", false)).toBeNull();
    expect(webhookUrlProblem("https://93.184.216.34:8443/in", false)).toBeNull();
    for (const url of [
      "http://hooks.example.com/",
      "http://127.0.0.1:9000/",
      "https://127.0.0.1/",
      "https://localhost/",
      "http://localhost:3000/",
      "https://[::1]/",
      "https://10.1.2.3/",
      "https://172.20.0.1/",
      "https://192.168.0.10/",
      "https://169.254.169.254/",
      "https://100.64.0.1/",
      "https://0.0.0.0/",
      "https://[fe80::1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://printer.local/",
      "https://metadata.google.internal/",
      "file:///etc/passwd",
      "https://a:b@hooks.example.com/",
    ])
      expect(webhookUrlProblem(url, false), url).not.toBeNull();
  });

  it("allows http:// to loopback only when the flag is on, and still nothing private", () => {
    expect(webhookUrlProblem("http://127.0.0.1:9000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://localhost:9000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://[::1]:9000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://10.0.0.1/hook", true)).not.toBeNull();
    expect(webhookUrlProblem("http://hooks.example.com/hook", true)).not.toBeNull();
    expect(isAllowedAddress("127.0.0.1", true)).toBe(true);
    expect(isAllowedAddress("127.0.0.1", false)).toBe(false);
    expect(isAllowedAddress("192.168.1.1", true)).toBe(false);
    expect(isAllowedAddress("8.8.8.8", false)).toBe(true);
    expect(isAllowedAddress("2606:4700::1111", false)).toBe(true);
  });

  it("refuses at connect time a name that resolves to a refused address", async () => {
    const resolve = (allow: boolean) =>
      new Promise<string>((done) =>
        guardedLookup(allow)("localhost", {}, (err, address) => done(err ? `error:${err.message}` : String(address))),
      );
    expect(await resolve(false)).toMatch(/^error:refused/);
    expect(await resolve(true)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});
