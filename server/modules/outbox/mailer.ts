import nodemailer from "nodemailer";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar invitation calendar clients can add (text/calendar alternative plus invite.ics). */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
}

/** Sends e-mail; `null` transport means "keep it in the outbox and log it". */
export interface Mailer {
  readonly enabled: boolean;
  send(message: OutgoingEmail): Promise<void>;
}

/** A nodemailer SMTP mailer when SMTP_URL is set, otherwise a disabled one. */
export function createMailer(smtpUrl: string | undefined, from = "Rapport <no-reply@rapport.local>"): Mailer {
  if (!smtpUrl) {
    return {
      enabled: false,
      send: async () => {
        throw new Error("SMTP is not configured");
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    send: async ({ calendar, ...message }) => {
      await transport.sendMail({
        from,
        ...message,
        ...(calendar
          ? { icalEvent: { method: calendar.method, filename: "invite.ics", content: calendar.content } }
          : {}),
      });
    },
  };
}
