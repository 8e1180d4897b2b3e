/** The keys of run mode, each a single key press without modifiers. */
export const SHORTCUTS = [
  { key: "n", action: "next" },
  { key: "p", action: "previous" },
  { key: "a", action: "addPoint" },
  { key: "s", action: "notes" },
  { key: "x", action: "nextStep" },
  { key: "t", action: "timer" },
  { key: "w", action: "wrapUp" },
  { key: "?", action: "help" },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]["action"];

type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
};

type ElementLike = { tagName?: string; isContentEditable?: boolean; type?: string };

/** True when the key press belongs to a field the person is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as ElementLike | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  if (tag !== "input") return false;
  return !["checkbox", "radio", "button", "submit", "reset", "range", "color"].includes((el.type ?? "").toLowerCase());
}

/** The shortcut a key press means, or null — never while typing or with Ctrl, Cmd or Alt held. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return SHORTCUTS.find((s) => s.key === key)?.action ?? null;
}
