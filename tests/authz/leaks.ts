import type { LiveEvent } from "../../shared/schemas/live.js";
import { type ReceivedMail, readable } from "../support/smtp.js";
import type { ActorName, SignedInActor } from "./actors.js";
import type { World } from "./world.js";

/**
 * The leak check (P1, P2, P3): every text the system hands to someone — each
 * HTTP response of the matrix (so every route, search and the ICS feed), each
 * e-mail that reached the SMTP server, each outbox row and each live frame —
 * is an exposure to one person, and no planted marker may reach anyone
 * outside its readers. Export (issue 9) is a route: its row in
 * rows-account.ts puts its responses under this check like any other.
 */
export interface Exposure {
  /** The user id of whoever receives it; null for someone without an account here. */
  audience: string | null;
  where: string;
  text: string;
}

export interface MarkerRule {
  marker: string;
  what: string;
  /** User ids that may read it. */
  readers: string[];
}

/**
 * Who may read each marker in the app, and (`email`) in e-mails, where private
 * notes never go, not even to their author. The former member, deactivated,
 * may read nothing of her old pair any more, her own private note included.
 */
export function markerRules(w: World, channel: "app" | "email"): MarkerRule[] {
  const { users, markers } = w;
  const own = (id: string) => (channel === "app" ? [id] : []);
  return [
    { marker: markers.pair, what: "the pair's content", readers: [users.leader.userId, users.teammate.userId] },
    { marker: markers.otherPair, what: "the other pair's content", readers: [users.otherPair.userId] },
    { marker: markers.privateOf.leader, what: "the leader's private note", readers: own(users.leader.userId) },
    { marker: markers.privateOf.teammate, what: "the teammate's private note", readers: own(users.teammate.userId) },
    {
      marker: markers.privateOf.otherPair,
      what: "another leader's private note",
      readers: own(users.otherPair.userId),
    },
    { marker: markers.privateOf.formerMember, what: "the former member's private note", readers: [] },
    { marker: markers.personalTemplate, what: "the leader's personal template", readers: [users.leader.userId] },
  ];
}

/** Every marker in `exposures` that reached someone outside its readers. */
export function findLeaks(rules: MarkerRule[], exposures: Exposure[]): string[] {
  const leaks: string[] = [];
  for (const e of exposures) {
    for (const rule of rules) {
      if (e.text.includes(rule.marker) && (e.audience === null || !rule.readers.includes(e.audience))) {
        leaks.push(`${rule.what} reached ${e.audience ?? "someone without an account"} via ${e.where}`);
      }
    }
  }
  return leaks;
}

/** How many exposures carry a marker at all: the check must have had something to find. */
export const countCarrying = (marker: string, exposures: Exposure[]) =>
  exposures.filter((e) => e.text.includes(marker)).length;

/** A MIME message as searchable text: quoted-printable decoded and base64 parts (e.g. the .ics) unpacked. */
function mailText(raw: string): string {
  const blocks = raw.match(/(?:^[A-Za-z0-9+/=]{16,}\r?\n)+/gm) ?? [];
  return [readable(raw), ...blocks.map((b) => Buffer.from(b.replace(/\s/g, ""), "base64").toString("utf8"))].join("\n");
}

async function userIdsByEmail(w: World): Promise<Map<string, string>> {
  const rows = await w.t.deps.db.kysely.selectFrom("users").select(["id", "email"]).execute();
  return new Map(rows.map((r) => [r.email, r.id]));
}

/** Each e-mail sent, once per recipient. */
export async function mailExposures(w: World, received: ReceivedMail[]): Promise<Exposure[]> {
  const ids = await userIdsByEmail(w);
  return received.flatMap((mail, i) => {
    const text = mailText(mail.raw);
    return mail.to.map((to) => ({ audience: ids.get(to.toLowerCase()) ?? null, where: `e-mail #${i} to ${to}`, text }));
  });
}

/** Each message the outbox keeps (what an admin's e-mail log reads from). */
export async function outboxExposures(w: World): Promise<Exposure[]> {
  const ids = await userIdsByEmail(w);
  const rows = await w.t.deps.db.kysely.selectFrom("outboxMessages").selectAll().execute();
  return rows.map((m) => ({
    audience: m.toUserId ?? ids.get(m.toEmail) ?? null,
    where: `outbox ${m.kind} to ${m.toEmail}`,
    text: [m.subject, m.textBody, m.htmlBody, m.icsContent ?? ""].join("\n"),
  }));
}

const userOf = (w: World, actor: ActorName) => w.users[actor as SignedInActor].userId;

/** Every frame each open live channel received since its watcher lost the right to read the meeting, if ever. */
export function liveExposures(w: World): Exposure[] {
  return w.live.map(({ actor, client, since }, i) => ({
    audience: userOf(w, actor),
    where: `live channel #${i} of the ${actor}`,
    text: Buffer.concat(client.frames.slice(since.frames)).toString("utf8"),
  }));
}

/** Live events about someone's private note or own rating that reached anyone else (P2). */
export function privateEventLeaks(w: World): string[] {
  const privateTypes: Array<LiveEvent["type"]> = ["privateNote.changed", "rating.changed"];
  return w.live.flatMap(({ actor, client, since }) =>
    client.events
      .slice(since.events)
      .filter((e) => privateTypes.includes(e.type) && e.by !== userOf(w, actor))
      .map((e) => `${e.type} by ${e.by} reached the ${actor}'s live channel`),
  );
}
