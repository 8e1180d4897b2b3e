import type { Person } from "../../../../shared/schemas/people.js";

export type TreeNode = { person: Person; children: TreeNode[]; level: number; parentId: string | null };

/**
 * Builds the reporting-line forest from managerId. People whose manager is
 * missing or inactive are roots; a cycle in bad data is cut where it closes.
 */
export function buildTree(people: Person[]): TreeNode[] {
  const active = people.filter((p) => p.status === "active");
  const ids = new Set(active.map((p) => p.userId));
  const childrenOf = new Map<string, Person[]>();
  for (const person of active) {
    if (!person.managerId || !ids.has(person.managerId)) continue;
    const list = childrenOf.get(person.managerId) ?? [];
    list.push(person);
    childrenOf.set(person.managerId, list);
  }
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);
  const placed = new Set<string>();

  const grow = (person: Person, level: number, parentId: string | null): TreeNode => {
    placed.add(person.userId);
    const children = (childrenOf.get(person.userId) ?? [])
      .filter((child) => !placed.has(child.userId))
      .sort(byName)
      .map((child) => grow(child, level + 1, person.userId));
    return { person, children, level, parentId };
  };

  const roots = active.filter((p) => !p.managerId || !ids.has(p.managerId)).sort(byName);
  const forest = roots.map((root) => grow(root, 1, null));
  // People caught in a cycle have no root above them; show them as roots rather than lose them.
  for (const person of [...active].sort(byName)) {
    if (!placed.has(person.userId)) forest.push(grow(person, 1, null));
  }
  return forest;
}

/** The nodes a keyboard user can reach: roots plus children of expanded nodes, in reading order. */
export function visibleNodes(forest: TreeNode[], expanded: Set<string>): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (nodes: TreeNode[]) => {
    for (const node of nodes) {
      out.push(node);
      if (node.children.length > 0 && expanded.has(node.person.userId)) walk(node.children);
    }
  };
  walk(forest);
  return out;
}

/** Count of everyone below a node. */
export function teamSize(node: TreeNode): number {
  return node.children.reduce((sum, child) => sum + 1 + teamSize(child), 0);
}
