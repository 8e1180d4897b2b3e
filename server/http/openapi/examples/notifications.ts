import type { OperationExamples } from "./types.js";

/** An invitation as the outbox logs it when no SMTP server is set. */
const invitationMail = {
  id: "d2b4cb2d-9c91-47d4-bff2-5229cdd5ddfc",
  toEmail: "member-e7111154@example.com",
  kind: "invitation",
  subject: "Ada Admin invited you to Org b66560f9 on Rapport",
  status: "logged",
  attempts: 0,
  lastError: null,
  createdAt: "2026-03-02T09:00:00.000Z",
  sentAt: null,
  body: "Ada Admin invited you to join Org b66560f9 on Rapport, where you and your team keep your 1:1s structured, regular and remembered.\n\nThe link is valid until March 9, 2026 at 9:00 AM.\n\nAccept the invitation: http://localhost:3000/invite/…\n\n--\nYou receive this e-mail because you use Rapport for your 1:1s.\n",
  linksHidden: 1,
};

/** Examples for the notifications operations, captured from the test suite's real answers. */
export const notificationsExamples: OperationExamples = {
  "GET /api/v1/me/notifications": {
    response: { reminders: true, recaps: true, digest: true, nudges: false },
  },
  "PATCH /api/v1/me/notifications": {
    body: { nudges: false },
    response: { reminders: true, recaps: true, digest: true, nudges: false },
  },
  "GET /api/v1/orgs/:orgId/outbox": {
    response: {
      smtpConfigured: false,
      messages: [
        invitationMail,
        { ...invitationMail, id: "64f83326-d7ea-44e0-b874-3481df0f1111", toEmail: "member-b07a131f@example.com" },
      ],
      nextCursor: null,
    },
  },
};
