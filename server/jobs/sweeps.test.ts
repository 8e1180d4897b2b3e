import { expect, it } from "vitest";
import { TestClient } from "../../tests/support/http-client.js";
import { buildPair } from "../../tests/support/pairs.js";
import { readable, smtpServerForFile, switchableMailer } from "../../tests/support/smtp.js";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { sendWeeklyDigests } from "./send-digests.js";
import { sendOverdueNudges } from "./send-nudges.js";
import { sendDueReminders } from "./send-reminders.js";

const HOUR = 3600 * 1000;
const smtp = smtpServerForFile();
const { target } = smtp;
/** What a person received, leaving out their invitation and the calendar (schedule) e-mails. */
const mailsTo = (email: string) =>
  smtp.received
    .filter((m) => m.to.includes(email))
    .map((m) => readable(m.raw))
    .filter((m) => !m.includes("/invite/") && !m.includes("BEGIN:VCALENDAR"));

describeEachEngine(
  "reminders, digests and nudges",
  (ctx) => {
    it("reminds both people a day before with the agenda, in their own language, exactly once", async () => {
      ctx.current.clock.set("2026-03-02T09:00:00.000Z");
      const w = await buildPair(ctx.current, { firstMeetingAt: "2026-03-04T09:00:00.000Z" });
      await w.teammate.client.patch("/api/v1/me", { locale: "pt-BR" });
      await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Plano de carreira" });
      await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/private`, {
        body: "PRIVATE-NOTE",
        baseVersion: 0,
      });
      expect(await sendDueReminders(ctx.current.deps)).toBe(0);
      ctx.current.clock.set("2026-03-03T09:30:00.000Z");
      expect(await sendDueReminders(ctx.current.deps)).toBe(2);
      expect(await sendDueReminders(ctx.current.deps)).toBe(0);
      const [leaderMail] = mailsTo(w.leader.email);
      const [teammateMail] = mailsTo(w.teammate.email);
      expect(leaderMail).toContain("Your 1:1 with Tina Teammate");
      expect(leaderMail).toContain("Plano de carreira");
      expect(leaderMail).toContain(`/meetings/${w.meetingId}`);
      expect(leaderMail).not.toContain("check-in");
      expect(teammateMail).toContain("Seu 1:1 com Leo Leader");
      expect(teammateMail).toContain("check-in");
      for (const mail of [leaderMail, teammateMail]) expect(mail).not.toContain("PRIVATE-NOTE");
      const moved = "2026-03-05T09:00:00.000Z";
      await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/reschedule`, { scheduledAt: moved, reason: "Clash" });
      ctx.current.clock.set("2026-03-04T10:00:00.000Z");
      expect(await sendDueReminders(ctx.current.deps)).toBe(2);
      expect(mailsTo(w.leader.email)).toHaveLength(2);
    });

    it("honours each person's notification preferences", async () => {
      ctx.current.clock.set("2026-03-02T09:00:00.000Z");
      const w = await buildPair(ctx.current, { firstMeetingAt: "2026-03-03T08:00:00.000Z" });
      expect((await w.teammate.client.get("/api/v1/me/notifications")).body).toEqual({
        reminders: true,
        recaps: true,
        digest: true,
        nudges: true,
      });
      const off = await w.teammate.client.patch("/api/v1/me/notifications", { reminders: false, recaps: false });
      expect(off.body).toEqual({ reminders: false, recaps: false, digest: true, nudges: true });
      expect((await w.teammate.client.patch("/api/v1/me/notifications", {})).status).toBe(400);
      expect((await w.teammate.client.patch("/api/v1/me/notifications", { reminders: "no" })).status).toBe(400);
      expect((await new TestClient(ctx.current.app).get("/api/v1/me/notifications")).status).toBe(401);
      expect(await sendDueReminders(ctx.current.deps)).toBe(1);
      expect(mailsTo(w.teammate.email)).toEqual([]);
      ctx.current.clock.set("2026-03-03T09:00:00.000Z");
      await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {});
      expect(mailsTo(w.leader.email).some((m) => m.includes("Recap of your 1:1"))).toBe(true);
      expect(mailsTo(w.teammate.email)).toEqual([]);
    });

    it("sends a weekly digest of open and overdue actions on Monday morning in the owner's zone", async () => {
      ctx.current.clock.set("2026-03-02T09:00:00.000Z");
      const w = await buildPair(ctx.current);
      await w.teammate.client.patch("/api/v1/me", { timezone: "America/Sao_Paulo" });
      await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/action-items`, {
        title: "Write the RFC",
        ownerId: w.teammate.userId,
        dueDate: "2026-03-05",
      });
      await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/action-items`, {
        title: "Book the venue",
        ownerId: w.teammate.userId,
      });
      ctx.current.clock.set("2026-03-09T10:00:00.000Z");
      expect(await sendWeeklyDigests(ctx.current.deps)).toBe(0);
      ctx.current.clock.set("2026-03-09T11:30:00.000Z");
      expect(await sendWeeklyDigests(ctx.current.deps)).toBeGreaterThanOrEqual(1);
      expect(await sendWeeklyDigests(ctx.current.deps)).toBe(0);
      const [digest] = mailsTo(w.teammate.email);
      expect(digest).toContain("Overdue");
      expect(digest).toContain("Write the RFC");
      expect(digest).toContain("Book the venue");
      expect(mailsTo(w.leader.email)).toEqual([]);
    });

    it("nudges the leader once when a 1:1 is overdue, and again only after the next one is held", async () => {
      ctx.current.clock.set("2026-03-02T09:00:00.000Z");
      const w = await buildPair(ctx.current);
      ctx.current.clock.set("2026-03-03T10:00:00.000Z");
      await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {});
      const nudges = () => mailsTo(w.leader.email).filter((m) => m.includes("since you last met"));
      // Measured from when it was held (10:00), not from its plan (09:00).
      ctx.current.clock.set(new Date(new Date("2026-03-03T10:00:00.000Z").getTime() + 10 * 24 * HOUR).toISOString());
      await sendOverdueNudges(ctx.current.deps);
      expect(nudges()).toEqual([]);
      // 10.5 days after the plan but not yet after the meeting: not overdue.
      ctx.current.clock.advance(11.5 * HOUR);
      await sendOverdueNudges(ctx.current.deps);
      expect(nudges()).toEqual([]);
      ctx.current.clock.advance(1.5 * HOUR);
      await sendOverdueNudges(ctx.current.deps);
      await sendOverdueNudges(ctx.current.deps);
      expect(nudges()).toHaveLength(1);
      const [nudge] = nudges();
      expect(nudge).toContain("Tina Teammate");
      expect(mailsTo(w.teammate.email).filter((m) => m.includes("since you last met"))).toEqual([]);
    });

    it("tells nobody about a pair once one of them has left: no nudge, no calendar e-mail to the one who left", async () => {
      ctx.current.clock.set("2026-03-02T09:00:00.000Z");
      const w = await buildPair(ctx.current);
      const calendarMails = (email: string) =>
        smtp.received.filter((m) => m.to.includes(email) && readable(m.raw).includes("BEGIN:VCALENDAR"));
      const before = calendarMails(w.teammate.email).length;
      expect(before, "the teammate got the 1:1's invitation while a member").toBeGreaterThan(0);
      const left = await w.admin.client.patch(`/api/v1/orgs/${w.orgId}/people/${w.teammate.userId}`, {
        status: "deactivated",
      });
      expect(left.status).toBe(200);

      const moved = await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/reschedule`, {
        scheduledAt: "2026-03-04T15:00:00.000Z",
        reason: "Clash with the offsite",
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(calendarMails(w.leader.email).length, "the leader still hears of the change").toBeGreaterThan(0);
      expect(calendarMails(w.teammate.email)).toHaveLength(before);

      // Weeks without a held 1:1: the leader is not nudged about someone who left.
      ctx.current.clock.set("2026-04-20T09:00:00.000Z");
      await sendOverdueNudges(ctx.current.deps);
      expect(mailsTo(w.leader.email).filter((m) => m.includes("since you last met"))).toEqual([]);
    });
  },
  { mailer: switchableMailer(target) },
);
