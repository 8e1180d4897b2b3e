// Shared by the screenshot scripts: a headless Debian Chromium, waiting for a page to settle,
// and a full-page screenshot with an axe check whose violations are collected.
import { mkdir } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";

/** Launches Debian's Chromium, headless. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Waits for the network and spinners to go quiet, then scrolls to the top. */
export async function settle(page, pauseMs = 250) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".spinner"));
  await page.waitForTimeout(pauseMs);
  // Full-page captures of a scrolled page misplace fixed and sticky parts.
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A shooter writing into `out`: `shoot(page, name)` captures and checks; `findings` collects axe violations. */
export async function createShooter(out, pauseMs = 250) {
  await mkdir(out, { recursive: true });
  const findings = [];
  const shoot = async (page, name) => {
    await settle(page, pauseMs);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations) {
      findings.push({
        page: name,
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 4),
      });
    }
  };
  return { shoot, findings };
}
