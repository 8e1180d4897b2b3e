import { describe, expect, it } from "vitest";
import { serverSuite } from "../../tests/support/server-suite.js";
import { testEngines } from "../../tests/support/test-db.js";
import { emptyLedger, findLostWrites, startWriters } from "../../tests/support/write-ledger.js";

/**
 * DESIGN §7: a `kill -9` during writes loses no acknowledged write. A real
 * server process takes concurrent writes from both participants of a few pairs,
 * is killed with SIGKILL mid-load, and is started again on the same database;
 * every write it answered with a 2xx must be there.
 */

const SECRET = "kill-nine-secret-kill-nine-secret-000000";
const PAIRS = 4;
const KILLS = 3;
/** Acknowledged writes to wait for before each kill (or LOAD_MS, whichever comes first). */
const WRITES_PER_ROUND = 150;
const LOAD_MS = 3000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const engine of testEngines()) {
  describe(`kill -9 during writes [${engine}]`, () => {
    const run = serverSuite(engine, { sessionSecret: SECRET, pairs: PAIRS, organizationPrefix: "Crash" });

    it("keeps every acknowledged write across repeated SIGKILLs", async () => {
      const ledger = emptyLedger();
      for (let kill = 1; kill <= KILLS; kill++) {
        const target = ledger.acknowledged + WRITES_PER_ROUND;
        const load = startWriters(() => run.server.base, run.pairs, ledger);
        for (const until = Date.now() + LOAD_MS; ledger.acknowledged < target && Date.now() < until; ) await sleep(5);
        // Somewhere inside a round of writes, not on a boundary.
        await sleep(Math.random() * 20);
        const exited = new Promise((resolve) => run.server.child.once("exit", resolve));
        run.server.child.kill("SIGKILL");
        await exited;
        await load.done;

        await run.restart();
        const lost = await findLostWrites(run.server.base, run.pairs, ledger);
        expect(lost, `after kill ${kill}`).toEqual([]);
      }
      expect(ledger.failures).toEqual([]);
      expect(ledger.acknowledged).toBeGreaterThan(KILLS * 10);
      console.info(
        `[${engine}] kill -9 ×${KILLS}: ${ledger.acknowledged} writes acknowledged, 0 lost ` +
          `(${ledger.unanswered} in flight at a kill, never acknowledged)`,
      );
    });
  });
}
