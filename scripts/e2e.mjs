// `npm run test:e2e`: builds the app and runs the Playwright specs in Debian's Chromium.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  const message = `Chromium was not found at ${chromium}: end-to-end tests cannot run. Install it with \`apt-get install chromium\`.`;
  if (process.env.CI === "true") {
    console.error(`${message} CI=true requires them.`);
    process.exit(1);
  }
  console.warn(`\n⚠️  ${message} Skipping them.\n`);
  process.exit(0);
}
const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
