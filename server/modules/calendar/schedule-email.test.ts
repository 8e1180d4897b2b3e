import ICAL from "ical.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildPair } from "../../../tests/support/pairs.js";
import { readable, startSmtpServer, switchableMailer } from "../../../tests/support/smtp.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import type { Mailer } from "../outbox/mailer.js";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const target: { current: Mailer } = { current: { enabled: true, send: async () => {} } };
beforeAll(async () => {
  smtp = await startSmtpServer();
  target.current = smtp.mailer;
});
afterAll(() => smtp.close());

/** The calendar part of a received message, unfolded. */
function calendarOf(raw: string): string {
  const text = readable(raw);
  const start = text.indexOf("BEGIN:VCALENDAR");
  const end = text.indexOf("END:VCALENDAR", start);
  return text.slice(start, end + "END:VCALENDAR".length).replace(/\r\n /g, "");
}

describeEachEngine(
  "scheduling e-mails with calendar invitations",
  (ctx) => {
    it("invites both people when a 1:1 is set up, updates them on changes, cancels when it ends", async () => {
      const w = await buildPair(ctx.current, { firstMeetingAt: "2026-03-10T08:00:00.000Z", timezone: "Europe/Berlin" });
      const calendarsTo = (email: string) =>
        smtp.received.filter((m) => m.to.includes(email) && m.raw.includes("BEGIN:VCALENDAR"));
      for (const person of [w.leader, w.teammate]) {
        const [mail] = calendarsTo(person.email);
        expect(mail?.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
        const ics = calendarOf(mail?.raw ?? "");
        expect(ics).toContain("METHOD:REQUEST");
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent") ?? undefined);
        expect(event.uid).toBe(`${w.oneOnOneId}@rapport`);
        expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-10T08:00:00.000Z");
        expect(ics).toMatch(/ORGANIZER;CN="Leo Leader":mailto:/);
        expect(ics).toMatch(/ATTENDEE;[^:]*CN="Tina Teammate":MAILTO:/i);
      }
      await w.leader.client.patch(`/api/v1/one-on-ones/${w.oneOnOneId}`, { cadence: { frequency: "biweekly" } });
      const update = calendarOf(calendarsTo(w.teammate.email)[1]?.raw ?? "");
      expect(update).toContain("METHOD:REQUEST");
      expect(update).toContain("INTERVAL=2");
      expect(update).toMatch(/SEQUENCE:1/);
      await w.leader.client.patch(`/api/v1/one-on-ones/${w.oneOnOneId}`, { status: "ended" });
      const cancel = calendarsTo(w.teammate.email)[2]?.raw ?? "";
      expect(cancel).toMatch(/method=CANCEL/i);
      expect(calendarOf(cancel)).toContain("STATUS:CANCELLED");
    });

    it("sends an update when one meeting is moved", async () => {
      const w = await buildPair(ctx.current);
      const before = smtp.received.filter(
        (m) => m.to.includes(w.teammate.email) && m.raw.includes("BEGIN:VCALENDAR"),
      ).length;
      const when = new Date(ctx.current.clock.now().getTime() + 2 * 24 * 3600 * 1000).toISOString();
      await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/reschedule`, { scheduledAt: when, reason: "Clash" });
      const mails = smtp.received.filter((m) => m.to.includes(w.teammate.email) && m.raw.includes("BEGIN:VCALENDAR"));
      expect(mails).toHaveLength(before + 1);
      expect(calendarOf(mails[mails.length - 1]?.raw ?? "")).toContain("RECURRENCE-ID");
    });
  },
  { mailer: switchableMailer(target) },
);
