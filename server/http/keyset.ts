import { badRequest } from "./errors.js";

/** An opaque cursor for keyset pagination over (timestamp, id), newest first. */
export const encodeKeyset = (at: string, id: string): string => Buffer.from(`${at}|${id}`).toString("base64url");

/** Reads a cursor made by encodeKeyset; a malformed one is a 400. */
export function decodeKeyset(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!at || !id || Number.isNaN(Date.parse(at))) throw badRequest("invalid_cursor", "before: not a valid cursor");
  return { at, id };
}
