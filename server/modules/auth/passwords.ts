import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

const KEY_LENGTH = 64;

/** Imported accounts have no password until their owner sets one through an invitation link. */
export const NO_PASSWORD = "";

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/**
 * Hashes a password with scrypt. `log2Cost` is log2(N); 17 is OWASP's
 * recommendation (128 MiB). The parameters travel with the hash.
 */
export async function hashPassword(password: string, log2Cost = 17): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** log2Cost;
  const key = await derive(password, salt, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
  return `scrypt$${log2Cost}$8$1$${salt.toString("base64")}$${key.toString("base64")}`;
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, ln, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !ln || !r || !p || !salt || !key) return false;
  const N = 2 ** Number(ln);
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
