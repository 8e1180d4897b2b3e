import { randomBytes, randomUUID } from "node:crypto";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * An export file as if it came from another Rapport instance: every id is replaced by a fresh
 * one and every e-mail by a fresh address, consistently across the file. Returns the copy and
 * the e-mail map (old -> new), so a story can import a workspace the live database has never seen.
 */
export function foreignCopy<T>(file: T, emails: string[]): { file: T; email: Map<string, string> } {
  const { files, email } = foreignCopies([file], emails);
  return { file: files[0] as T, email };
}

/** `foreignCopy` of several files at once, with the same new ids and addresses across all of them. */
export function foreignCopies<T>(originals: T[], emails: string[]): { files: T[]; email: Map<string, string> } {
  let text = JSON.stringify(originals);
  const ids = new Map<string, string>();
  text = text.replace(UUID, (id) => {
    const fresh = ids.get(id) ?? randomUUID();
    ids.set(id, fresh);
    return fresh;
  });
  const email = new Map<string, string>();
  for (const old of emails) {
    const fresh = `imported-${randomBytes(4).toString("hex")}@elsewhere.example`;
    email.set(old, fresh);
    text = text.replaceAll(JSON.stringify(old), JSON.stringify(fresh));
  }
  return { files: JSON.parse(text) as T[], email };
}

/** The first link to `path` in a decoded e-mail. */
export function linkIn(mail: string | undefined, path = "/invite/"): string | undefined {
  const match = mail?.match(new RegExp(`https?://[^\\s"<>]+${path}[A-Za-z0-9_-]+`));
  return match?.[0];
}
