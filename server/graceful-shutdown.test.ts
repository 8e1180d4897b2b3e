import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { LiveClient } from "../tests/support/live-client.js";
import { openLiveSocket } from "../tests/support/live-connect.js";
import { callApi, type HttpPair } from "../tests/support/server-process.js";
import { serverSuite } from "../tests/support/server-suite.js";
import { testEngines } from "../tests/support/test-db.js";
import { emptyLedger, findLostWrites, startWriters } from "../tests/support/write-ledger.js";

/**
 * SIGTERM (a deploy, `docker stop`) during load: the server stops taking new
 * connections, finishes the requests it is serving, closes the live sockets,
 * then the database, and exits 0. Nothing it answered is lost, nothing it was
 * serving is cut off, and nothing is logged as an error on the way out.
 */

const SECRET = "shutdown-secret-shutdown-secret-00000000";
/** How long the process may take to exit after SIGTERM. */
const EXIT_BOUND_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A write the server is serving when `started` resolves: it sent `Expect:
 * 100-continue`, and the server answered "continue", so it has routed the request
 * and waits for the body, which `finish()` sends.
 */
function writeInTwoSteps(base: string, cookie: string, path: string, body: unknown) {
  const payload = Buffer.from(JSON.stringify(body));
  const req = request(`${base}${path}`, {
    method: "POST",
    headers: {
      origin: base,
      cookie,
      expect: "100-continue",
      "content-type": "application/json",
      "content-length": String(payload.length),
    },
  });
  const started = new Promise<void>((resolve) => req.once("continue", resolve));
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on("error", reject);
  });
  req.flushHeaders();
  return { started, answer, finish: () => req.end(payload) };
}

for (const engine of testEngines()) {
  describe(`graceful shutdown on SIGTERM [${engine}]`, () => {
    const run = serverSuite(engine, { sessionSecret: SECRET, pairs: 2, organizationPrefix: "Stop" });

    it("finishes in-flight requests, closes live sockets, exits 0 and loses nothing", async () => {
      const pair = run.pairs[0] as HttpPair;
      const page = new LiveClient().attach(
        await openLiveSocket(run.server.base, pair.meetingId, {
          cookie: pair.teammate.cookie,
          origin: run.server.base,
        }),
      );
      await page.waitFor(() => page.frames.length > 0, "the server's sync step 1");
      const socketClosed = new Promise<number>((resolve) =>
        page.socket?.once("close", (code: number) => resolve(code)),
      );

      // The teammate types in the shared notes all along: live writes and presence are in flight too.
      let typing = true;
      const typist = (async () => {
        for (let i = 0; typing && page.socket?.readyState === 1; i++) {
          page.text.insert(page.text.length, String.fromCharCode(97 + (i % 26)));
          page.awareness.setLocalStateField("typing", i % 2 ? "notes" : null);
          await sleep(5);
        }
      })();

      const ledger = emptyLedger();
      const load = startWriters(() => run.server.base, run.pairs, ledger);
      await sleep(800);
      const slow = writeInTwoSteps(
        run.server.base,
        pair.leader.cookie,
        `/api/v1/meetings/${pair.meetingId}/agenda-items`,
        {
          body: "Sent slowly across the shutdown",
        },
      );
      await slow.started;

      const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
        run.server.child.once("exit", (code, signal) => resolve({ code, signal })),
      );
      const signalledAt = Date.now();
      run.server.child.kill("SIGTERM");
      const acknowledgedAtSignal = ledger.acknowledged;
      // A supervisor's or an impatient user's second signal changes nothing.
      await sleep(20);
      run.server.child.kill("SIGINT");
      await sleep(80);
      slow.finish();
      const slowAnswer = await slow.answer;
      const exit = await Promise.race([exited, sleep(EXIT_BOUND_MS).then(() => null)]);
      const exitMs = Date.now() - signalledAt;
      await load.done;
      typing = false;
      await typist;
      const output = run.server.output();

      expect(exit, `no exit within ${EXIT_BOUND_MS} ms:\n${output}`).toEqual({ code: 0, signal: null });
      expect(slowAnswer.status, JSON.stringify(slowAnswer.body)).toBe(201);
      expect(await socketClosed).toBe(1001);
      // Requests that came after the close began are refused with a clean 503, never half-served.
      for (const failure of ledger.failures) {
        expect(failure.status, JSON.stringify(failure)).toBe(503);
        expect(failure.body).toMatchObject({ error: { code: "shutting_down" } });
      }
      expect(output).not.toContain("driver has already been destroyed");
      expect(output).not.toMatch(/"level":(50|60)/);

      await run.restart();
      expect(await findLostWrites(run.server.base, run.pairs, ledger)).toEqual([]);
      const stored = new Set<string>();
      for (const p of run.pairs) {
        const res = await callApi(run.server.base, p.leader.cookie, "GET", `/api/v1/meetings/${p.meetingId}`);
        for (const item of res.body.agendaItems as Array<{ body: string }>) stored.add(item.body);
      }
      expect(stored.has("Sent slowly across the shutdown")).toBe(true);
      // A talking point whose add got no answer was never stored: no request was cut off mid-way.
      expect(ledger.unansweredAgenda.filter((a) => stored.has(a.body))).toEqual([]);
      page.detach();
      page.doc.destroy();
      console.info(
        `[${engine}] SIGTERM under load: exit 0 after ${exitMs} ms; ${ledger.acknowledged} writes acknowledged ` +
          `(${ledger.acknowledged - acknowledgedAtSignal + 1} of them in flight at the signal, the two-step one included), ` +
          `${ledger.failures.length} refused with 503 while closing, ${ledger.unanswered} refused at connect, 0 lost`,
      );
    });
  });
}
