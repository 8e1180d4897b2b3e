/**
 * True when making `managerId` the manager of `userId` would close a loop:
 * walking up from the new manager reaches the person themself.
 */
export function wouldCreateCycle(
  lines: ReadonlyArray<{ userId: string; managerId: string | null }>,
  userId: string,
  managerId: string,
): boolean {
  const managerOf = new Map(lines.map((l) => [l.userId, l.managerId]));
  const seen = new Set<string>();
  let current: string | null | undefined = managerId;
  while (current) {
    if (current === userId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = managerOf.get(current);
  }
  return false;
}
