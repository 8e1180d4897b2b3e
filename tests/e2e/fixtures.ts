import { type BrowserContext, test as base, expect } from "@playwright/test";

export { expect };

/** Console text of a blocked load or a header Chromium could not apply. */
const SECURITY_MESSAGE = /Content[ -]Security[ -]Policy|Permissions-Policy|Refused to (load|execute|apply|connect)/i;

/** Reports every CSP violation of every page of the context, and Chromium's own header complaints. */
async function watchSecurityMessages(context: BrowserContext, found: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  context.on("console", (message) => {
    if (SECURITY_MESSAGE.test(message.text())) found.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
}

/**
 * Every spec runs with a guard: each browser context it opens is watched, and
 * the test fails if the Content-Security-Policy blocked anything the app does.
 * A test that provokes violations on purpose reads and empties `cspViolations`.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser }, use) => {
      const found: string[] = [];
      const original = browser.newContext;
      browser.newContext = async (...args: Parameters<typeof original>) => {
        const context = await original.apply(browser, args);
        await watchSecurityMessages(context, found);
        return context;
      };
      try {
        await use(found);
      } finally {
        browser.newContext = original;
      }
      expect(found, "Content-Security-Policy violations or header errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});
