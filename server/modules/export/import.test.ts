import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserExport, WorkspaceExport } from "../../../shared/schemas/export.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { sessionActor } from "../../../tests/support/service-actor.js";
import { postgresTableDigests, sqliteTableDigests, type TableDigests } from "../../../tests/support/table-digest.js";
import { startTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { testEngines } from "../../../tests/support/test-db.js";
import type { Engine } from "../../db/database.js";
import { DEMO_PASSWORD, seedDemo } from "../../demo/seed.js";
import { AppError } from "../../http/errors.js";
import { issueSetPasswordLinks } from "../invitations/set-password-links.js";
import { exportUserData, exportWorkspace } from "./export.service.js";
import { importExports } from "./import.service.js";
import type { ImportInput } from "./import-bundle.js";

const actor = sessionActor;

/** The demo workspace plus what the demo lacks: private notes of both sides, a standing item, templates. */
async function seedSource(t: TestApp) {
  const ids = await seedDemo(t.deps.db, t.clock);
  const signIn = async (email: string) => {
    const client = new TestClient(t.app);
    expect((await client.post("/api/v1/auth/login", { email, password: DEMO_PASSWORD })).status).toBe(200);
    return client;
  };
  const leader = await signIn("marina@demo.rapport.dev");
  const diego = await signIn("diego@demo.rapport.dev");
  const admin = await signIn("alex@demo.rapport.dev");
  const orgId = (await leader.get("/api/v1/me")).body.memberships[0].organization.id as string;
  const oneOnOne = (await leader.get("/api/v1/one-on-ones")).body.oneOnOnes as Array<{
    id: string;
    teammate: { id: string };
    nextMeeting: { id: string };
  }>;
  const diegoOneOnOne = oneOnOne.find((s) => s.teammate.id === ids.t1) as (typeof oneOnOne)[number];
  const meetingId = diegoOneOnOne.nextMeeting.id;
  const put = async (client: TestClient, body: string) =>
    expect((await client.put(`/api/v1/meetings/${meetingId}/notes/private`, { body, baseVersion: 0 })).status).toBe(
      200,
    );
  await put(leader, "Marina's private note: ask about the zanzibar offsite budget");
  await put(diego, "Diego's private note: bring up the quokka on-call load");
  expect(
    (await leader.post(`/api/v1/one-on-ones/${diegoOneOnOne.id}/standing-items`, { body: "Wins of the week" })).status,
  ).toBe(201);
  const sections = [{ key: "catch_up", title: "Catch-up", minutes: 10, prompts: ["What is new?"] }];
  const scope = (s: string) => ({ name: `A ${s} template`, scope: s, sections });
  expect((await admin.post(`/api/v1/orgs/${orgId}/templates`, scope("organization"))).status).toBe(201);
  expect((await leader.post(`/api/v1/orgs/${orgId}/templates`, scope("personal"))).status).toBe(201);
  return { ids, orgId };
}

/** The workspace export and every person's export, as the files an operator would hand to `npm run import`. */
async function exportEverything(t: TestApp, orgId: string, ids: Record<string, string>) {
  const workspace = await exportWorkspace(t.deps, actor(ids.admin as string), orgId);
  const users: UserExport[] = [];
  for (const key of Object.keys(ids).sort()) users.push(await exportUserData(t.deps, actor(ids[key] as string)));
  return { workspace, users };
}

const files = (e: { workspace: WorkspaceExport; users: UserExport[] }): ImportInput[] => [
  { name: "workspace.json", content: e.workspace },
  ...e.users.map((u) => ({ name: `${u.user.email}.json`, content: u })),
];

const withoutTimestamp = (e: { workspace: WorkspaceExport; users: UserExport[] }) => ({
  workspace: { ...e.workspace, exportedAt: "" },
  users: e.users.map((u) => ({ ...u, exportedAt: "" })),
});

/** Every table of the database, digested: equal digests mean nothing changed. */
function digest(t: TestApp): Promise<TableDigests> | TableDigests {
  return t.engine === "sqlite"
    ? sqliteTableDigests(t.testDb.url.replace(/^sqlite:/, ""))
    : postgresTableDigests(t.testDb.url);
}

const engines = testEngines();
const crossings: Array<[Engine, Engine]> =
  engines.length === 2
    ? [
        ["sqlite", "postgres"],
        ["postgres", "sqlite"],
      ]
    : [["sqlite", "sqlite"]];

for (const [from, to] of crossings) {
  describe(`moving an instance ${from} → ${to} by export and import`, () => {
    let source: TestApp;
    let target: TestApp;
    let exported: Awaited<ReturnType<typeof exportEverything>>;
    let ids: Record<string, string>;
    let orgId: string;
    beforeAll(async () => {
      [source, target] = await Promise.all([startTestApp(from), startTestApp(to)]);
      ({ ids, orgId } = await seedSource(source));
      exported = await exportEverything(source, orgId, ids);
    });
    afterAll(async () => {
      for (const t of [source, target]) {
        await t?.app.close();
        await t?.testDb.drop();
      }
    });

    it("imports the demo into an empty instance and exports it again identically", async () => {
      const summary = await importExports(target.deps.db, files(exported));
      const records = Object.values(summary).reduce((n, s) => n + s.records, 0);
      const inserted = Object.values(summary).reduce((n, s) => n + s.inserted, 0);
      expect(inserted).toBe(records);
      expect(summary.users.records).toBe(7);
      expect(summary.meetings.records).toBeGreaterThan(60);
      expect(summary.notes.records).toBeGreaterThan(50);
      expect(summary.templates.records).toBe(2);
      const again = await exportEverything(target, orgId, ids);
      expect(withoutTimestamp(again)).toEqual(withoutTimestamp(exported));
      expect(JSON.stringify(withoutTimestamp(again))).toBe(JSON.stringify(withoutTimestamp(exported)));
    });

    it("is idempotent: importing the same files again changes nothing", async () => {
      const before = await digest(target);
      const summary = await importExports(target.deps.db, files(exported));
      expect(Object.values(summary).every((s) => s.inserted === 0)).toBe(true);
      expect(await digest(target)).toEqual(before);
    });

    it("makes imported content searchable and visible through the API as before", async () => {
      const leaderId = ids.leader as string;
      const rows = await target.deps.db.kysely
        .selectFrom("oneOnOnes")
        .select("id")
        .where("leaderId", "=", leaderId)
        .execute();
      expect(rows).toHaveLength(5);
      const links = await issueSetPasswordLinks(target.deps.db, target.clock, "http://localhost:3000");
      expect(links).toHaveLength(7);
      const marina = links.find((l) => l.email === "marina@demo.rapport.dev") as (typeof links)[number];
      const client = new TestClient(target.app);
      // No password until one is chosen through the link.
      expect((await client.post("/api/v1/auth/login", { email: marina.email, password: DEMO_PASSWORD })).status).toBe(
        401,
      );
      const token = marina.url.split("/invite/")[1] as string;
      expect((await client.get(`/api/v1/invitations/${token}`)).body.existingAccount).toBe(false);
      const accepted = await client.post(`/api/v1/invitations/${token}/accept`, { password: "a brand new password" });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
      expect(accepted.body.user.name).toBe("Marina Costa");
      const signedIn = new TestClient(target.app);
      expect(
        (await signedIn.post("/api/v1/auth/login", { email: marina.email, password: "a brand new password" })).status,
      ).toBe(200);
      expect((await signedIn.get("/api/v1/dashboard")).body.people).toHaveLength(5);
      // A person without a password yet opens only with their own link (P7): an admin may not invite them
      // in the ordinary way, but resends that link, even once expired, to their mailbox only.
      const admin = new TestClient(target.app);
      const alex = links.find((l) => l.email === "alex@demo.rapport.dev") as (typeof links)[number];
      await admin.post(`/api/v1/invitations/${alex.url.split("/invite/")[1]}/accept`, {
        password: "the admin's password",
      });
      const orgId = (await admin.get("/api/v1/me")).body.memberships[0].organization.id;
      const again = await admin.post(`/api/v1/orgs/${orgId}/invitations`, { email: "priya@demo.rapport.dev" });
      expect(again.status, JSON.stringify(again.body)).toBe(409);
      expect(again.body.error.code).toBe("account_awaiting_first_password");
      target.clock.advance(8 * 24 * 3600 * 1000);
      const pending = (await admin.get(`/api/v1/orgs/${orgId}/invitations`)).body.invitations as Array<{
        id: string;
        email: string;
        purpose: string;
      }>;
      const priya = pending.find((i) => i.email === "priya@demo.rapport.dev");
      expect(priya?.purpose).toBe("set_password");
      const resent = await admin.post(`/api/v1/orgs/${orgId}/invitations/${priya?.id}/resend`, {});
      expect(resent.status, JSON.stringify(resent.body)).toBe(200);
      expect(resent.body.acceptUrl).toBeNull();
      const member = await admin.post(`/api/v1/orgs/${orgId}/invitations`, { email: marina.email });
      expect(member.status).toBe(409);
      expect(member.body.error.code).toBe("already_member");
      expect((await signedIn.get("/api/v1/search?q=launch")).body.results.length).toBeGreaterThan(0);
      // Her own private note is found again; the teammate's stays his (P2).
      expect((await signedIn.get("/api/v1/search?q=zanzibar")).body.results).toHaveLength(1);
      expect((await signedIn.get("/api/v1/search?q=quokka")).body.results).toHaveLength(0);
    });
  });
}

describe.each(engines)("a failed import [%s]", (engine) => {
  let source: TestApp;
  let target: TestApp;
  let exported: Awaited<ReturnType<typeof exportEverything>>;
  beforeAll(async () => {
    [source, target] = await Promise.all([startTestApp(engine), startTestApp(engine)]);
    const { ids, orgId } = await seedSource(source);
    exported = await exportEverything(source, orgId, ids);
  });
  afterAll(async () => {
    for (const t of [source, target]) {
      await t?.app.close();
      await t?.testDb.drop();
    }
  });

  const expectInvalid = async (inputs: ImportInput[], ...fragments: string[]) => {
    const before = await digest(target);
    const error = await importExports(target.deps.db, inputs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).statusCode).toBe(400);
    expect((error as AppError).code).toBe("import_invalid");
    for (const fragment of fragments) expect((error as AppError).message).toContain(fragment);
    expect(await digest(target)).toEqual(before);
  };
  const leaderFile = () => exported.users.find((u) => u.user.email === "marina@demo.rapport.dev") as UserExport;

  it("names the file, record and field of a bad value", async () => {
    const leader = structuredClone(leaderFile());
    const meeting = leader.meetings[3] as UserExport["meetings"][number];
    (meeting as { status: string }).status = "postponed";
    (leader.checkIns[0] as { mood: number }).mood = 9;
    await expectInvalid(
      [
        { name: "workspace.json", content: exported.workspace },
        { name: "marina.json", content: leader },
      ],
      `marina.json: meetings[3] (id ${meeting.id}).status:`,
      "marina.json: checkIns[0].mood:",
    );
  });

  it("refuses a file that is not a Rapport export, or a newer version", async () => {
    await expectInvalid(
      [{ name: "notes.json", content: { hello: "world" } }],
      'notes.json: format: expected "rapport-export"',
    );
    await expectInvalid(
      [{ name: "future.json", content: { ...exported.workspace, version: 2 } }],
      "future.json: version: 2 is newer",
    );
  });

  it("refuses references to records neither in the files nor in the database", async () => {
    const leader = leaderFile();
    await expectInvalid(
      [{ name: "marina.json", content: leader }],
      "marina.json: oneOnOnes[0]",
      ".teammateId: refers to users ",
      "more records)",
    );
  });

  it("refuses someone else's private note or rating inside a person's export (P2)", async () => {
    const leader = structuredClone(leaderFile());
    const note = leader.notes.find((n) => n.kind === "private") as UserExport["notes"][number];
    note.ownerKey = leader.people.find((p) => p.id !== leader.user.id)?.id as string;
    await expectInvalid(
      [
        { name: "workspace.json", content: exported.workspace },
        { name: "marina.json", content: leader },
      ],
      `marina.json: notes[${leader.notes.indexOf(note)}] (id ${note.id}).ownerKey: must be "${leader.user.id}"`,
    );
  });

  it("writes nothing when the database fails halfway through (one transaction)", async () => {
    if (engine === "sqlite") {
      await sql`create trigger refuse_goal_progress before insert on goal_progress begin select raise(abort, 'refused'); end`.execute(
        target.deps.db.kysely,
      );
    } else {
      await sql`create function refuse() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`.execute(
        target.deps.db.kysely,
      );
      await sql`create trigger refuse_goal_progress before insert on goal_progress for each row execute function refuse()`.execute(
        target.deps.db.kysely,
      );
    }
    const before = await digest(target);
    await expect(importExports(target.deps.db, files(exported))).rejects.toThrow(/refused/);
    expect(await digest(target)).toEqual(before);
    const meetings = await target.deps.db.kysely.selectFrom("meetings").select("id").execute();
    expect(meetings).toEqual([]);
  });

  it("refuses an e-mail that belongs to another account here", async () => {
    const taken = await startTestAppSignup(target, "marina@demo.rapport.dev");
    expect(taken).toBe(201);
    await expectInvalid(files(exported), ".email: marina@demo.rapport.dev belongs to another account");
  });
});

/** Signs up an unrelated account with the e-mail; returns the status. */
async function startTestAppSignup(t: TestApp, email: string): Promise<number> {
  const client = new TestClient(t.app);
  const res = await client.post("/api/v1/auth/signup", {
    email,
    password: "another person's password",
    name: "Someone Else",
    organizationName: "Elsewhere",
  });
  return res.status;
}
