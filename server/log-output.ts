import type { FastifyServerOptions } from "fastify";

/** The request line's fields, kept in JSON but left out of the pretty line (its message already says them). */
const PRETTY_HIDDEN = ["pid", "hostname", "reqId", "method", "route", "statusCode", "durationMs"];

/**
 * How the server logs: readable lines through pino-pretty (in pino's worker thread) when a person reads a
 * terminal, one JSON object a line otherwise (a pipe, a file, a log collector).
 */
export function loggerOptions(level: string, stdoutIsTty: boolean): NonNullable<FastifyServerOptions["logger"]> {
  if (!stdoutIsTty) return { level };
  return {
    level,
    transport: {
      target: "pino-pretty",
      options: { translateTime: "SYS:HH:MM:ss", ignore: PRETTY_HIDDEN.join(","), singleLine: true },
    },
  };
}
