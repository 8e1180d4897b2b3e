import { isEditableTarget, type KeyLike } from "../../keyboard.js";
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

/** The shortcut a key press means, or null — never while typing or with Ctrl, Cmd or Alt held. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isEditableTarget(event.target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return SHORTCUTS.find((s) => s.key === key)?.action ?? null;
}
