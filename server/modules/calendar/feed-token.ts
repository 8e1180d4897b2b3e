import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * A feed URL token: the user id and an HMAC of (purpose, user, version) under
 * the server secret. Nothing secret is stored; bumping the version (rotation)
 * invalidates the old URL at once, and the token is good for nothing else.
 */
export function signFeedToken(secret: string, userId: string, version: number): string {
  const mac = createHmac("sha256", secret).update(`calendar-feed:${userId}:${version}`).digest("base64url");
  return `${Buffer.from(userId).toString("base64url")}.${mac}`;
}

/** True when the token is the one for this user's current feed version (constant-time). */
export function feedTokenMatches(secret: string, token: string, userId: string, version: number): boolean {
  const expected = Buffer.from(signFeedToken(secret, userId, version));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The user id part of a token, to look up its current version. */
export function userIdOfFeedToken(token: string): string | null {
  const [encodedUser] = token.split(".");
  if (!encodedUser) return null;
  const userId = Buffer.from(encodedUser, "base64url").toString("utf8");
  return /^[\w-]{1,64}$/.test(userId) ? userId : null;
}
