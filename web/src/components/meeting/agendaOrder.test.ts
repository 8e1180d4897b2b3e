import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../../../../shared/schemas/meetings.js";
import { moveAgendaItem, placeInSection, sectionItems } from "./agendaOrder.js";

function item(id: string, sectionKey: string, position: number, createdAt = "2026-11-01T10:00:00Z"): AgendaItem {
  return {
    id,
    meetingId: "m1",
    sectionKey,
    authorId: "u1",
    body: id,
    position,
    discussed: false,
    carriedFrom: null,
    standingItemId: null,
    createdAt,
    updatedAt: createdAt,
    version: 0,
  };
}

const ids = (items: AgendaItem[]) => items.map((i) => i.id);

describe("agenda order", () => {
  const items = [
    item("a", "progress", 0),
    item("b", "progress", 2),
    item("c", "progress", 2, "2026-11-02T10:00:00Z"),
    item("d", "feedback", 0),
  ];

  it("sorts by position, then by when points were added", () => {
    expect(ids(sectionItems(items, "progress"))).toEqual(["a", "b", "c"]);
  });

  it("moves a point up and renumbers its section", () => {
    const moved = moveAgendaItem(items, "c", { position: 0 });
    expect(ids(sectionItems(moved, "progress"))).toEqual(["c", "a", "b"]);
    expect(sectionItems(moved, "progress").map((i) => i.position)).toEqual([0, 1, 2]);
  });

  it("moves a point to the end of another section and closes the gap it leaves", () => {
    const moved = moveAgendaItem(items, "a", { sectionKey: "feedback" });
    expect(ids(sectionItems(moved, "feedback"))).toEqual(["d", "a"]);
    expect(sectionItems(moved, "progress").map((i) => [i.id, i.position])).toEqual([
      ["b", 0],
      ["c", 1],
    ]);
  });

  it("clamps positions past the end and ignores unknown points", () => {
    expect(ids(sectionItems(moveAgendaItem(items, "a", { position: 99 }), "progress"))).toEqual(["b", "c", "a"]);
    expect(moveAgendaItem(items, "zzz", { position: 0 })).toBe(items);
  });

  it("tells where a point sits", () => {
    expect(placeInSection(items, items[2] as AgendaItem)).toEqual({ index: 2, count: 3 });
  });
});
