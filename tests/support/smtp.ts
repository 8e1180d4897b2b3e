import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";
import { createMailer, type Mailer } from "../../server/modules/outbox/mailer.js";

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps every message it receives. */
export async function startSmtpServer(): Promise<{ received: ReceivedMail[]; mailer: Mailer; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    mailer: createMailer(`smtp://127.0.0.1:${port}`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A mailer that forwards to whatever `target.current` is, so a suite can swap it (e.g. to fail on purpose). */
export function switchableMailer(target: { current: Mailer }): Mailer {
  return { enabled: true, send: (message) => target.current.send(message) };
}

/**
 * For one test file: a real SMTP server started before its tests and closed after them. `mailer` and
 * `received` are that server's; `target.current` is what `switchableMailer(target)` sends through, the
 * server's mailer until a test swaps it.
 */
export function smtpServerForFile() {
  let server: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  const target: { current: Mailer } = { current: { enabled: true, send: async () => {} } };
  beforeAll(async () => {
    server = await startSmtpServer();
    target.current = server.mailer;
  });
  afterAll(() => server?.close());
  const started = () => {
    if (!server) throw new Error("the SMTP server starts before the file's tests");
    return server;
  };
  return {
    target,
    get mailer() {
      return started().mailer;
    },
    get received() {
      return started().received;
    },
  };
}

/** Decodes a quoted-printable MIME message enough to search its text. */
export const readable = (raw: string) =>
  raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
