import { describe, expect, it } from "vitest";
import { emptySection, fromDraft, moveSection, sectionKeyFor, toDraft, validateDraft } from "./templateDraft.js";

const sections = [
  { key: "check_in", title: "Check-in", minutes: 5, prompts: ["How are you?"] },
  { key: "progress", title: "Progress", minutes: 15, prompts: [] },
];

describe("template drafts", () => {
  it("round-trips sections and keeps saved keys", () => {
    expect(fromDraft(toDraft("Mine", sections))).toEqual(sections);
  });

  it("makes keys for new sections from their titles, unique and safe", () => {
    expect(sectionKeyFor("Feedback de mão dupla!", new Set())).toBe("feedback_de_mao_dupla");
    expect(sectionKeyFor("Progress", new Set(["progress"]))).toBe("progress_2");
    expect(sectionKeyFor("¿¿??", new Set())).toBe("section");
    const draft = toDraft("Mine", sections);
    draft.sections.push({ ...emptySection(), title: "Progress", prompts: "One\n\n  Two  \n" });
    expect(fromDraft(draft)[2]).toEqual({ key: "progress_2", title: "Progress", minutes: 5, prompts: ["One", "Two"] });
  });

  it("reports missing names, titles, bad minutes and too many prompts", () => {
    const draft = toDraft("", sections);
    const [first, second] = draft.sections;
    if (!first || !second) throw new Error("fixture");
    first.title = " ";
    second.minutes = "200";
    second.prompts = Array.from({ length: 13 }, (_, i) => `p${i}`).join("\n");
    const errors = validateDraft(draft);
    expect(errors?.name).toBe("required");
    expect(errors?.section[first.uid]).toEqual({ title: "required" });
    expect(errors?.section[second.uid]).toEqual({ minutes: "range", prompts: "tooMany" });
    expect(validateDraft({ name: "x", sections: [] })?.sections).toBe("none");
    expect(validateDraft(toDraft("Fine", sections))).toBeNull();
  });

  it("moves sections within bounds", () => {
    const draft = toDraft("x", sections);
    const [a, b] = draft.sections;
    if (!a || !b) throw new Error("fixture");
    expect(moveSection(draft.sections, b.uid, -1).map((s) => s.key)).toEqual(["progress", "check_in"]);
    expect(moveSection(draft.sections, a.uid, -1)).toBe(draft.sections);
  });
});
