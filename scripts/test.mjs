// `npm test`: every test. Unit and integration tests on SQLite and PostgreSQL, then end to end in Chromium.
import { spawnSync } from "node:child_process";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, TZ: "UTC" } }).status ?? 1;

const unit = run("npx", ["vitest", "run"]);
if (unit !== 0) process.exit(unit);
process.exit(run("node", ["scripts/e2e.mjs"]));
