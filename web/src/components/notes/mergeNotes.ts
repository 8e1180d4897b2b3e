/** What the merge panel offers when a save finds someone else's newer text. */
export type MergeChoice = "keepBoth" | "useTheirs" | "keepMine";

/** The text the writer added on top of the version they started from, when they only appended. */
function appendedPart(base: string, mine: string): string | null {
  if (!base.trim()) return null;
  return mine.startsWith(base) ? mine.slice(base.length).replace(/^\s+/, "") : null;
}

/**
 * Puts my text under theirs. When I only appended to the version we both
 * started from, only my addition goes under theirs, so nothing is doubled.
 */
export function keepBoth(base: string, theirs: string, mine: string): string {
  const ours = mine.trimEnd();
  const current = theirs.trimEnd();
  if (!ours || ours === current || current.includes(ours)) return theirs;
  if (!current || ours.includes(current)) return mine;
  const added = appendedPart(base, mine);
  const tail = added === null ? ours : added.trimEnd();
  if (!tail) return theirs;
  return `${current}\n\n${tail}\n`;
}

/** The text a merge choice keeps, to save on top of their version. */
export function resolveMerge(choice: MergeChoice, base: string, theirs: string, mine: string): string {
  if (choice === "useTheirs") return theirs;
  if (choice === "keepMine") return mine;
  return keepBoth(base, theirs, mine);
}
