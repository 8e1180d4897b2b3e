import { expect, test } from "./fixtures.js";

test("the page's Content-Security-Policy is enforced in the browser, and the guard sees violations", async ({
  browser,
  cspViolations,
}) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const response = await page.goto("/login");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("script-src 'self';");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  expect(cspViolations, "the sign-in page itself loads cleanly").toEqual([]);

  // An injected inline script and an injected <style> are refused; the app's own code runs.
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.head.append(script);
    const style = document.createElement("style");
    style.textContent = "body { display: none }";
    document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      script: (window as unknown as { __injected?: boolean }).__injected === true,
      hidden: getComputedStyle(document.body).display === "none",
    };
  });
  expect(ran).toEqual({ script: false, hidden: false });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(cspViolations.join("\n")).toMatch(/script-src-elem/);
  expect(cspViolations.join("\n")).toMatch(/style-src-elem/);
  cspViolations.splice(0);
  await context.close();
});
