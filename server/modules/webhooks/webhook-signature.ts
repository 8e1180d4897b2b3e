import { createHmac, timingSafeEqual } from "node:crypto";

/** The header carrying the timestamp and signature(s): `t=<unix seconds>,v1=<hex>[,v1=<hex>]`. */
export const SIGNATURE_HEADER = "Rapport-Signature";

/**
 * An endpoint's signing secret, derived from the server secret and the
 * endpoint's secret version, so nothing secret is stored; rotation bumps the version.
 */
export function webhookSecret(serverSecret: string, endpointId: string, version: number): string {
  const mac = createHmac("sha256", serverSecret).update(`webhook-secret:${endpointId}:${version}`).digest("base64url");
  return `whsec_${mac}`;
}

/** HMAC-SHA256 of `<timestamp>.<body>` under the secret, in hex. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The signature header for a body: one v1 per secret currently valid (two during a rotation's grace period). */
export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${signPayload(s, timestamp, body)}`)].join(",");
}

/** What a receiver does: true when a v1 matches and the timestamp is within the tolerance. */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = header.split(",").map((p) => p.split("=", 2) as [string, string]);
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signPayload(secret, t, body), "hex");
  return parts
    .filter(([k]) => k === "v1")
    .some(([, v]) => {
      const given = Buffer.from(v ?? "", "hex");
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
