import type { Person } from "../../../../shared/schemas/people.js";

/** Everyone who reports to `userId`, directly or not (guarded against bad data cycles). */
export function descendantsOf(people: Person[], userId: string): Set<string> {
  const byManager = new Map<string, string[]>();
  for (const person of people) {
    if (!person.managerId) continue;
    const list = byManager.get(person.managerId) ?? [];
    list.push(person.userId);
    byManager.set(person.managerId, list);
  }
  const found = new Set<string>();
  const queue = [...(byManager.get(userId) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (found.has(next) || next === userId) continue;
    found.add(next);
    queue.push(...(byManager.get(next) ?? []));
  }
  return found;
}

/** Who may become `person`'s manager without making a cycle: active people, not themself or their reports. */
export function managerCandidates(people: Person[], person: Person | null): Person[] {
  const excluded = person ? descendantsOf(people, person.userId) : new Set<string>();
  return people
    .filter((p) => p.status === "active" && p.userId !== person?.userId && !excluded.has(p.userId))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Number of people whose manager is `userId`. */
export function directReportCount(people: Person[], userId: string): number {
  return people.filter((p) => p.managerId === userId && p.status === "active").length;
}
