import ICAL from "ical.js";
import { expect, it } from "vitest";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, nonParticipants } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

const DAY = 24 * 3600 * 1000;

/** Every occurrence start in a feed (one VEVENT 1:1 plus overrides and singles), as ISO instants up to `until`. */
function expandFeed(ics: string, until: Date): string[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const events = root.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  const starts: string[] = [];
  for (const master of events.filter((e) => !e.isRecurrenceException())) {
    for (const exception of events.filter((e) => e.isRecurrenceException() && e.uid === master.uid))
      master.relateException(exception);
    if (!master.isRecurring()) {
      starts.push(master.startDate.toJSDate().toISOString());
      continue;
    }
    const iterator = master.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next);
      const start = details.startDate.toJSDate();
      if (details.recurrenceId.toJSDate() > until) break;
      starts.push(start.toISOString());
    }
  }
  return starts.sort();
}

describeEachEngine("calendar feed", (ctx) => {
  it("lists exactly the app's meetings over a year across DST, cancellations and moves", async () => {
    ctx.current.clock.set("2026-03-09T12:00:00.000Z");
    const w = await buildPair(ctx.current, { firstMeetingAt: "2026-03-10T08:00:00.000Z", timezone: "Europe/Berlin" });
    let meetingId = w.meetingId;
    for (let week = 0; week < 52; week++) {
      const meeting = (await w.leader.client.get(`/api/v1/meetings/${meetingId}`)).body.meeting;
      ctx.current.clock.set(new Date(new Date(meeting.scheduledAt).getTime() + 3600 * 1000).toISOString());
      let res: { body: { nextMeeting: { id: string } } };
      if (week % 9 === 4) {
        res = await w.leader.client.post(`/api/v1/meetings/${meetingId}/cancel`, { reason: "Away" });
      } else if (week % 7 === 3) {
        const moved = new Date(new Date(meeting.scheduledAt).getTime() + DAY + 3600 * 1000).toISOString();
        await w.leader.client.post(`/api/v1/meetings/${meetingId}/reschedule`, { scheduledAt: moved, reason: "Clash" });
        ctx.current.clock.set(new Date(new Date(moved).getTime() + 3600 * 1000).toISOString());
        res = await w.leader.client.post(`/api/v1/meetings/${meetingId}/complete`, {});
      } else if (week === 20) {
        const custom = new Date(new Date(meeting.scheduledAt).getTime() + 9 * DAY).toISOString();
        res = await w.leader.client.post(`/api/v1/meetings/${meetingId}/complete`, { nextMeetingAt: custom });
      } else {
        res = await w.leader.client.post(`/api/v1/meetings/${meetingId}/complete`, {});
      }
      meetingId = res.body.nextMeeting.id;
    }
    const history = await ctx.current.deps.db.kysely
      .selectFrom("meetings")
      .selectAll()
      .where("oneOnOneId", "=", w.oneOnOneId)
      .orderBy("scheduledAt")
      .execute();
    const expected = history.filter((m) => m.status !== "canceled").map((m) => m.scheduledAt);
    const last = history[history.length - 1]?.scheduledAt as string;
    const { url } = (await w.leader.client.get("/api/v1/calendar-feed")).body;
    const feed = await new TestClient(ctx.current.app).get(new URL(url).pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers["content-type"]).toMatch(/text\/calendar/);
    const ics = (feed.body as string).replace(/\r\n /g, "");
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin/);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Berlin:20260310T090000/);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU/);
    expect(ics).toMatch(/EXDATE;TZID=Europe\/Berlin:/);
    expect(ics).toMatch(/RECURRENCE-ID;TZID=Europe\/Berlin:/);
    expect(expandFeed(ics, new Date(last))).toEqual(expected);
    const onCadence = history
      .filter((m) => m.status === "completed" && m.originalScheduledAt === null)
      .map((m) => m.scheduledAt);
    const summer = onCadence.find((d) => d.startsWith("2026-07"));
    const winter = onCadence.find((d) => d.startsWith("2026-12"));
    expect(summer?.slice(11, 16)).toBe("07:00");
    expect(winter?.slice(11, 16)).toBe("08:00");
  });

  it("never puts note content, private or shared, in the feed", async () => {
    const w = await buildPair(ctx.current);
    await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/private`, {
      body: "PRIVATE-SECRET",
      baseVersion: 0,
    });
    await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, {
      body: "SHARED-SECRET",
      baseVersion: 0,
    });
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "AGENDA-SECRET" });
    for (const person of [w.leader, w.teammate]) {
      const { url } = (await person.client.get("/api/v1/calendar-feed")).body;
      const ics = ((await new TestClient(ctx.current.app).get(new URL(url).pathname)).body as string).replace(
        /\r\n /g,
        "",
      );
      expect(ics).toContain("BEGIN:VEVENT");
      expect(ics).toContain(`/one-on-ones/${w.oneOnOneId}`);
      for (const secret of ["PRIVATE-SECRET", "SHARED-SECRET", "AGENDA-SECRET"]) expect(ics).not.toContain(secret);
    }
    for (const other of nonParticipants(w)) {
      const { url } = (await other.client.get("/api/v1/calendar-feed")).body;
      expect((await new TestClient(ctx.current.app).get(new URL(url).pathname)).body).not.toContain(w.oneOnOneId);
    }
  });

  it("rotates: the old URL stops working at once; forged and malformed tokens get 404 or 400", async () => {
    const w = await buildPair(ctx.current);
    const old = (await w.teammate.client.get("/api/v1/calendar-feed")).body.url;
    const anonymous = new TestClient(ctx.current.app);
    expect((await anonymous.get(new URL(old).pathname)).status).toBe(200);
    const rotated = (await w.teammate.client.post("/api/v1/calendar-feed/rotate")).body.url;
    expect(rotated).not.toBe(old);
    expect((await anonymous.get(new URL(old).pathname)).status).toBe(404);
    expect((await anonymous.get(new URL(rotated).pathname)).status).toBe(200);
    const [user] = new URL(rotated).pathname.split("/").pop()?.split(".") ?? [];
    expect((await anonymous.get(`/calendar/${user}.forgedmacforgedmacforgedmacforgedmacforgedmac0.ics`)).status).toBe(
      404,
    );
    expect((await anonymous.get("/calendar/nothing.ics")).status).toBe(404);
    expect((await anonymous.get("/calendar/feed.txt")).status).toBe(400);
    expect((await anonymous.get("/api/v1/calendar-feed")).status).toBe(401);
  });
});
