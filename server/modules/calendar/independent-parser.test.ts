import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

// Debian's python3-icalendar lives beside the system interpreter, not a pyenv one on PATH.
const PYTHON = "/usr/bin/python3";
const script = fileURLToPath(new URL("../../../scripts/validate-ics.py", import.meta.url));
const available = spawnSync(PYTHON, ["-c", "import icalendar"]).status === 0;
if (!available && process.env.CI === "true")
  throw new Error("python3-icalendar is required in CI (apt-get install python3-icalendar)");
if (!available)
  console.warn(
    "⚠️  python3-icalendar not installed: skipping the independent ICS check (apt-get install python3-icalendar)",
  );

describeEachEngine("calendar feed, independent parser", (ctx) => {
  it.runIf(available)("parses with Python's icalendar, with a VTIMEZONE for every TZID", async () => {
    const w = await buildPair(ctx.current, { timezone: "America/Sao_Paulo" });
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/reschedule`, {
      scheduledAt: new Date(ctx.current.clock.now().getTime() + 50 * 3600 * 1000).toISOString(),
      reason: "Clash",
    });
    const { url } = (await w.teammate.client.get("/api/v1/calendar-feed")).body;
    const ics = (await new TestClient(ctx.current.app).get(new URL(url).pathname)).body as string;
    const result = spawnSync(PYTHON, [script], { input: ics, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ok: 2 events, zones \['America\/Sao_Paulo'\]/);
  });
});
