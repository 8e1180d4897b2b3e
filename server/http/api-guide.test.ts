import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildPairOverHttp,
  callApi,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from "../../tests/support/server-process.js";

const run = promisify(execFile);
const GUIDE = fileURLToPath(new URL("../../docs/api.md", import.meta.url));

/** The ```sh blocks of docs/api.md, in order. */
function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => (m[1] ?? "").trim());
}

/**
 * Runs the guide's curl examples with the real curl against a real server process on 127.0.0.1,
 * seeded over HTTP: each must answer 2xx with JSON. `curl` is wrapped with --fail-with-body so an
 * error status fails the example without cluttering the guide.
 */
describe("docs/api.md", () => {
  let dir: string;
  let server: ServerProcess;
  const env: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rapport-api-guide-"));
    server = await startServerProcess({
      databaseUrl: `sqlite:${join(dir, "rapport.db")}`,
      sessionSecret: "api-guide-secret-api-guide-secret-0000",
      output: "capture",
    });
    const pair = await buildPairOverHttp(server.base, "Guide");
    const token = await callApi(server.base, pair.leader.cookie, "POST", "/api/v1/tokens", {
      name: "docs",
      scopes: ["write"],
    });
    const oneOnOne = await callApi(server.base, pair.leader.cookie, "GET", "/api/v1/one-on-ones");
    const action = await callApi(
      server.base,
      pair.leader.cookie,
      "POST",
      `/api/v1/meetings/${pair.meetingId}/action-items`,
      { title: "Draft the budget", ownerId: pair.teammate.userId },
    );
    expect([token.status, oneOnOne.status, action.status]).toEqual([201, 200, 201]);
    Object.assign(env, {
      RAPPORT_URL: server.base,
      RAPPORT_TOKEN: token.body.token,
      ONE_ON_ONE_ID: oneOnOne.body.oneOnOnes[0].id,
      MEETING_ID: pair.meetingId,
      ACTION_ID: action.body.actionItem.id,
      USER_ID: pair.leader.userId,
    });
  });

  afterAll(async () => {
    if (server) await stopServerProcess(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("has curl examples for the common tasks, using only the variables it explains", () => {
    const blocks = shellBlocks(readFileSync(GUIDE, "utf8"));
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const block of blocks) {
      expect(block.startsWith("curl "), block).toBe(true);
      for (const [, name] of block.matchAll(/\$([A-Z_]+)/g)) expect(Object.keys(env), block).toContain(name);
    }
  });

  it("every curl example succeeds against a running server", { timeout: 60_000 }, async () => {
    for (const block of shellBlocks(readFileSync(GUIDE, "utf8"))) {
      const script = `curl() { command curl --fail-with-body --max-time 10 "$@"; }\n${block}`;
      const { stdout } = await run("sh", ["-c", script], {
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
        timeout: 15_000,
      }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`${block}\n${error.message}\n${error.stdout ?? ""}\n${server.output()}`);
      });
      expect(() => JSON.parse(stdout), `${block}\nanswered: ${stdout}`).not.toThrow();
    }
    // The examples really wrote: the talking point is there, the action is done.
    const meeting = await callApi(server.base, null, "GET", `/api/v1/meetings/${env.MEETING_ID}`);
    expect(meeting.status).toBe(401);
    const check = await run("curl", [
      "-sS",
      `${env.RAPPORT_URL}/api/v1/meetings/${env.MEETING_ID}`,
      "-H",
      `Authorization: Bearer ${env.RAPPORT_TOKEN}`,
    ]);
    const detail = JSON.parse(check.stdout);
    expect(detail.agendaItems.map((a: { body: string }) => a.body)).toContain("Conference budget for next quarter");
    const done = detail.actionItems.find((a: { id: string }) => a.id === env.ACTION_ID);
    expect(done.status).toBe("done");
  });
});
