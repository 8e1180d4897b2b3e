import type { AgendaItem } from "../../../../shared/schemas/meetings.js";

const byPosition = (a: AgendaItem, b: AgendaItem) =>
  a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** A section's talking points in display order (position, then when they were added). */
export function sectionItems(items: AgendaItem[], sectionKey: string): AgendaItem[] {
  return items.filter((item) => item.sectionKey === sectionKey).sort(byPosition);
}

/**
 * Moves a point to `position` within `sectionKey` (default: its own section, at the end)
 * and renumbers both sections, as the server does — so the screen matches before it answers.
 */
export function moveAgendaItem(
  items: AgendaItem[],
  itemId: string,
  target: { sectionKey?: string; position?: number },
): AgendaItem[] {
  const item = items.find((i) => i.id === itemId);
  if (!item) return items;
  const sectionKey = target.sectionKey ?? item.sectionKey;
  const siblings = sectionItems(items, sectionKey).filter((i) => i.id !== itemId);
  const index = Math.max(0, Math.min(target.position ?? siblings.length, siblings.length));
  const order = [...siblings];
  order.splice(index, 0, { ...item, sectionKey });
  const placed = new Map(order.map((entry, position) => [entry.id, { ...entry, position }]));
  const left =
    sectionKey === item.sectionKey
      ? new Map<string, AgendaItem>()
      : new Map(
          sectionItems(items, item.sectionKey)
            .filter((i) => i.id !== itemId)
            .map((entry, position) => [entry.id, { ...entry, position }]),
        );
  return items.map((entry) => placed.get(entry.id) ?? left.get(entry.id) ?? entry);
}

/** Where a point sits in its section (0-based) and how many share it. */
export function placeInSection(items: AgendaItem[], item: AgendaItem): { index: number; count: number } {
  const list = sectionItems(items, item.sectionKey);
  return { index: list.findIndex((i) => i.id === item.id), count: list.length };
}
