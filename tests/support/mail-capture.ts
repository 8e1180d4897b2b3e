import nodemailer from "nodemailer";
import type { Mailer } from "../../server/modules/outbox/mailer.js";
import type { ReceivedMail } from "./smtp.js";

/**
 * A mailer that has nodemailer compose each message exactly as the SMTP
 * mailer would (MIME, quoted-printable, the .ics part) and keeps the raw text
 * instead of sending it. For suites that send hundreds of e-mails: the loopback
 * SMTP server holds every new connection 100 ms before its greeting.
 */
export function captureMailer(from = "Rapport <no-reply@rapport.local>"): { received: ReceivedMail[]; mailer: Mailer } {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const received: ReceivedMail[] = [];
  return {
    received,
    mailer: {
      enabled: true,
      send: async ({ calendar, ...message }) => {
        const info = await transport.sendMail({
          from,
          ...message,
          ...(calendar
            ? { icalEvent: { method: calendar.method, filename: "invite.ics", content: calendar.content } }
            : {}),
        });
        received.push({ to: info.envelope.to, raw: info.message.toString("utf8") });
      },
    },
  };
}
