import { describe, expect, it } from "vitest";
import { isDueToday, isOverdue, newNextStepCount, sortActions } from "./actionDates.js";

describe("action dates", () => {
  it("flags open actions past their due date only", () => {
    expect(isOverdue({ status: "open", dueDate: "2026-11-23" }, "2026-11-24")).toBe(true);
    expect(isOverdue({ status: "open", dueDate: "2026-11-24" }, "2026-11-24")).toBe(false);
    expect(isOverdue({ status: "done", dueDate: "2026-11-01" }, "2026-11-24")).toBe(false);
    expect(isOverdue({ status: "open", dueDate: null }, "2026-11-24")).toBe(false);
    expect(isDueToday({ status: "open", dueDate: "2026-11-24" }, "2026-11-24")).toBe(true);
  });

  it("sorts open by due date with undated last, closed at the end", () => {
    const list = [
      { id: "done", status: "done" as const, dueDate: "2026-01-01", createdAt: "1" },
      { id: "undated", status: "open" as const, dueDate: null, createdAt: "2" },
      { id: "late", status: "open" as const, dueDate: "2026-11-01", createdAt: "3" },
      { id: "soon", status: "open" as const, dueDate: "2026-12-01", createdAt: "4" },
    ];
    expect(sortActions(list).map((a) => a.id)).toEqual(["late", "soon", "undated", "done"]);
  });

  it("counts this meeting's next steps, leaving out follow-ups and dropped ones", () => {
    expect(
      newNextStepCount([
        { followUp: false, status: "open" },
        { followUp: false, status: "done" },
        { followUp: false, status: "dropped" },
        { followUp: true, status: "open" },
      ]),
    ).toBe(2);
  });
});
