import type { TemplateSection } from "../../../../shared/schemas/templates.js";

/** A section as the editor holds it: prompts as one text, one per line; `key` only once saved. */
export type SectionDraft = { uid: string; key: string | null; title: string; minutes: string; prompts: string };
export type TemplateDraft = { name: string; sections: SectionDraft[] };

export type DraftErrors = {
  name?: "required";
  sections?: "none" | "tooMany";
  /** Per section uid. */
  section: Record<string, { title?: "required"; minutes?: "range"; prompts?: "tooMany" | "tooLong" }>;
};

export const MAX_SECTIONS = 12;
export const MAX_PROMPTS = 12;
const MAX_PROMPT_LENGTH = 300;

let uidCounter = 0;
const nextUid = () => `s${++uidCounter}`;

/** Editor state for a template's sections. */
export function toDraft(name: string, sections: TemplateSection[]): TemplateDraft {
  return {
    name,
    sections: sections.map((s) => ({
      uid: nextUid(),
      key: s.key,
      title: s.title,
      minutes: String(s.minutes),
      prompts: s.prompts.join("\n"),
    })),
  };
}

/** A blank section for the editor. */
export function emptySection(): SectionDraft {
  return { uid: nextUid(), key: null, title: "", minutes: "5", prompts: "" };
}

const promptsOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** A stable key from a title: lower-case ASCII letters, digits and "_", unique among `taken`. */
export function sectionKeyFor(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 56) || "section";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

/** What's wrong with a draft, if anything. */
export function validateDraft(draft: TemplateDraft): DraftErrors | null {
  const errors: DraftErrors = { section: {} };
  if (!draft.name.trim()) errors.name = "required";
  if (draft.sections.length === 0) errors.sections = "none";
  else if (draft.sections.length > MAX_SECTIONS) errors.sections = "tooMany";
  for (const s of draft.sections) {
    const found: DraftErrors["section"][string] = {};
    if (!s.title.trim()) found.title = "required";
    const minutes = Number(s.minutes);
    if (s.minutes.trim() === "" || !Number.isInteger(minutes) || minutes < 0 || minutes > 180) found.minutes = "range";
    const prompts = promptsOf(s.prompts);
    if (prompts.length > MAX_PROMPTS) found.prompts = "tooMany";
    else if (prompts.some((p) => p.length > MAX_PROMPT_LENGTH)) found.prompts = "tooLong";
    if (Object.keys(found).length > 0) errors.section[s.uid] = found;
  }
  const clean = !errors.name && !errors.sections && Object.keys(errors.section).length === 0;
  return clean ? null : errors;
}

/** The API's sections from a valid draft; saved sections keep their keys so agendas stay in place. */
export function fromDraft(draft: TemplateDraft): TemplateSection[] {
  const taken = new Set(draft.sections.map((s) => s.key).filter((k): k is string => k !== null));
  return draft.sections.map((s) => {
    let key = s.key;
    if (!key) {
      key = sectionKeyFor(s.title, taken);
      taken.add(key);
    }
    return { key, title: s.title.trim(), minutes: Number(s.minutes), prompts: promptsOf(s.prompts) };
  });
}

/** Moves a section up (-1) or down (+1). */
export function moveSection(sections: SectionDraft[], uid: string, by: -1 | 1): SectionDraft[] {
  const index = sections.findIndex((s) => s.uid === uid);
  const target = index + by;
  if (index < 0 || target < 0 || target >= sections.length) return sections;
  const next = [...sections];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}
