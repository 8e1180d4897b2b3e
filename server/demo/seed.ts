import type { Locale } from "../../shared/schemas/common.js";
import type { Clock } from "../clock.js";
import type { Db } from "../db/database.js";
import { newId } from "../db/ids.js";
import type { MembershipsTable } from "../db/schema.js";
import { insertUser } from "../modules/auth/auth.repo.js";
import { hashPassword } from "../modules/auth/passwords.js";
import { insertMembership, insertOrganization } from "../modules/organizations/organizations.repo.js";
import { seedDemoHistory } from "./seed-history.js";

export const DEMO_PASSWORD = "rapport-demo";

export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  role: MembershipsTable["role"];
  manager: string | null;
  locale: Locale;
  timezone: string;
}

/** The demo workspace: an owner-admin, a leader and the five people on the leader's team. */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: "admin",
    name: "Alex Morgan",
    email: "alex@demo.rapport.dev",
    role: "owner",
    manager: null,
    locale: "en",
    timezone: "Europe/Lisbon",
  },
  {
    key: "leader",
    name: "Marina Costa",
    email: "marina@demo.rapport.dev",
    role: "admin",
    manager: "admin",
    locale: "pt-BR",
    timezone: "America/Sao_Paulo",
  },
  {
    key: "t1",
    name: "Diego Hernández",
    email: "diego@demo.rapport.dev",
    role: "member",
    manager: "leader",
    locale: "es",
    timezone: "America/Mexico_City",
  },
  {
    key: "t2",
    name: "Priya Shah",
    email: "priya@demo.rapport.dev",
    role: "member",
    manager: "leader",
    locale: "en",
    timezone: "Europe/London",
  },
  {
    key: "t3",
    name: "João Pereira",
    email: "joao@demo.rapport.dev",
    role: "member",
    manager: "leader",
    locale: "pt-BR",
    timezone: "America/Sao_Paulo",
  },
  {
    key: "t4",
    name: "Emma Lindqvist",
    email: "emma@demo.rapport.dev",
    role: "member",
    manager: "leader",
    locale: "en",
    timezone: "Europe/Stockholm",
  },
  {
    key: "t5",
    name: "Lucía Romero",
    email: "lucia@demo.rapport.dev",
    role: "member",
    manager: "leader",
    locale: "es",
    timezone: "Europe/Madrid",
  },
];

/** Seeds the demo workspace and six months of 1:1s into an empty, migrated database. Returns the user ids by key. */
export async function seedDemo(db: Db, clock: Clock): Promise<Record<string, string>> {
  const now = clock.now();
  const joined = new Date(now.getTime() - 200 * 24 * 3600 * 1000).toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = Object.fromEntries(DEMO_PEOPLE.map((p) => [p.key, newId()]));
  const orgId = newId();
  await db.kysely.transaction().execute(async (trx) => {
    await insertOrganization(trx, {
      id: orgId,
      name: "Northwind Labs",
      defaultLocale: "en",
      defaultTimezone: "Europe/Lisbon",
      createdAt: joined,
    });
    for (const person of DEMO_PEOPLE) {
      const id = ids[person.key] as string;
      await insertUser(trx, {
        id,
        email: person.email,
        name: person.name,
        passwordHash,
        locale: person.locale,
        timezone: person.timezone,
        createdAt: joined,
        updatedAt: joined,
      });
    }
    for (const person of DEMO_PEOPLE) {
      await insertMembership(trx, {
        organizationId: orgId,
        userId: ids[person.key] as string,
        role: person.role,
        status: "active",
        managerId: person.manager ? (ids[person.manager] as string) : null,
        createdAt: joined,
        updatedAt: joined,
      });
    }
  });
  await seedDemoHistory(db, clock, ids, orgId);
  return ids;
}
