/** A key press as the page's shortcuts read it (a KeyboardEvent, or a plain object in tests). */
export type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
};

type ElementLike = { tagName?: string; isContentEditable?: boolean; type?: string };

const NOT_TYPING = ["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"];

/** True when a key press lands in something the person types into: no shortcut fires there. */
export function isEditableTarget(target: EventTarget | null): boolean {
  const el = target as ElementLike | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  return tag === "input" && !NOT_TYPING.includes((el.type ?? "text").toLowerCase());
}
