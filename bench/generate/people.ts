import type { MembershipsTable } from "../../server/db/schema.js";
import type { Locale } from "../../shared/schemas/common.js";
import { Random } from "./random.js";

const FIRST_NAMES = (
  "Ana Bruno Carla Daniel Elena Felipe Grace Hugo Isabel James Kiara Lucas Maya Nikhil Olivia Pedro " +
  "Quinn Rafaela Samuel Tara Umar Valentina William Ximena Yusuf Zoe Amir Beatriz Chen Diego Emma " +
  "Fatima Gabriel Hana Ivan Julia Kenji Laura Mateo Nora Oscar Priya Rosa Sofia Thiago Uma Victor Wen " +
  "Yara Zaid"
).split(" ");

const LAST_NAMES = (
  "Silva Santos Oliveira Souza Lima Pereira Costa Rodrigues Almeida Nascimento Smith Johnson Brown " +
  "Taylor Wilson Davies Evans Thomas Roberts Walker García Martínez López Hernández González Pérez " +
  "Sánchez Ramírez Torres Flores Müller Schmidt Schneider Fischer Weber Novak Kowalski Nielsen " +
  "Lindqvist Jensen Patel Shah Kumar Singh Tanaka Sato Kim Park Nguyen Okafor"
).split(" ");

/** Time zones people work in, with the share of people in each. */
const ZONES: ReadonlyArray<[string, number]> = [
  ["Europe/Lisbon", 14],
  ["Europe/London", 12],
  ["Europe/Berlin", 14],
  ["America/Sao_Paulo", 16],
  ["America/New_York", 14],
  ["America/Los_Angeles", 8],
  ["America/Mexico_City", 8],
  ["Asia/Kolkata", 8],
  ["Asia/Tokyo", 3],
  ["Australia/Sydney", 3],
];

const LOCALE_BY_ZONE: Record<string, ReadonlyArray<[Locale, number]>> = {
  "America/Sao_Paulo": [
    ["pt-BR", 8],
    ["en", 2],
  ],
  "Europe/Lisbon": [
    ["pt-BR", 3],
    ["en", 7],
  ],
  "America/Mexico_City": [
    ["es", 8],
    ["en", 2],
  ],
};

/** The span of control of the one leader the benchmark signs in as. */
export const FEATURED_SPAN = 12;

export interface Person {
  index: number;
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timezone: string;
  role: MembershipsTable["role"];
  /** Index of the manager, or null for the top of the tree. */
  manager: number | null;
  depth: number;
  /** Days after the start of the history window that the person joined (0 = there from the start); pairs start when both are there. */
  joinedDay: number;
}

/** The people of the organization and its reporting tree, with the featured leader at index 1. */
export interface OrgChart {
  people: Person[];
  featuredLeader: number;
  reports: number[][];
}

const lowerAscii = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Builds `count` people as a tree, breadth first: each manager gets 5–9
 * reports (the featured leader, the top's first report, exactly 12) until
 * everyone has a place. People join over the window, never before their manager.
 */
export function buildOrgChart(seed: number, count: number, windowDays: number): OrgChart {
  const random = new Random(seed, 0x0e0c);
  const people: Person[] = [];
  const reports: number[][] = Array.from({ length: count }, () => []);
  const add = (manager: number | null): Person => {
    const index = people.length;
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const [timezone] = ZONES[random.weighted(ZONES.map((z) => z[1]))] as [string, number];
    const locales = LOCALE_BY_ZONE[timezone];
    const locale = locales ? (locales[random.weighted(locales.map((l) => l[1]))] as [Locale, number])[0] : "en";
    const parent = manager === null ? null : (people[manager] as Person);
    const person: Person = {
      index,
      id: random.uuid(),
      name: `${first} ${last}`,
      email: `${lowerAscii(first)}.${lowerAscii(last).replace(/[^a-z]/g, "")}.${index}@bench.example`,
      locale,
      timezone,
      role: manager === null ? "owner" : "member",
      manager,
      depth: parent ? parent.depth + 1 : 0,
      joinedDay: 0,
    };
    people.push(person);
    if (manager !== null) reports[manager]?.push(index);
    return person;
  };

  add(null);
  const featuredLeader = 1;
  const queue = [0];
  for (let head = 0; head < queue.length && people.length < count; head++) {
    const manager = queue[head] as number;
    let span = manager === featuredLeader ? FEATURED_SPAN : random.int(5, 9);
    // The top leaves room for the featured leader's whole team.
    if (manager === 0) span = Math.min(span, count - 1 - FEATURED_SPAN);
    for (let i = 0; i < span && people.length < count; i++) queue.push(add(manager).index);
  }
  // Managers were mostly there from the start; a third of the others joined along the way.
  // A pair starts when the later of the two joined. The featured team has the full two years.
  for (const p of people) {
    const manages = (reports[p.index]?.length ?? 0) > 0;
    const early = p.index === featuredLeader || p.manager === featuredLeader || random.chance(manages ? 0.9 : 0.65);
    p.joinedDay = p.manager === null ? 0 : early ? random.int(0, 14) : random.int(15, windowDays - 21);
  }

  // A few admins (people operations), never the featured leader or their team.
  const adminCount = Math.max(2, Math.round(count / 2500));
  for (let made = 0, guard = 0; made < adminCount && guard < count * 4; guard++) {
    const candidate = people[random.int(2, count - 1)] as Person;
    if (candidate.manager === featuredLeader || candidate.role !== "member") continue;
    candidate.role = "admin";
    made++;
  }
  return { people, featuredLeader, reports };
}

/** A 1:1 to generate: every manager–report pair, and a few skip-levels. */
export interface Pair {
  leader: Person;
  teammate: Person;
  kind: "manager" | "skip-level";
}

/** Every manager–report pair, and a skip-level for about 3% of people (never led by the featured leader). */
export function listPairs(chart: OrgChart, seed: number): Pair[] {
  const random = new Random(seed, 0x5c1b);
  const pairs: Pair[] = [];
  for (const teammate of chart.people) {
    if (teammate.manager === null) continue;
    const manager = chart.people[teammate.manager] as Person;
    pairs.push({ leader: manager, teammate, kind: "manager" });
    const skip = manager.manager;
    if (skip !== null && skip !== chart.featuredLeader && random.chance(0.03)) {
      pairs.push({ leader: chart.people[skip] as Person, teammate, kind: "skip-level" });
    }
  }
  return pairs;
}
