import { isEditableTarget, type KeyLike } from "../../keyboard.js";

/** True for a bare "/" typed outside any field: the shortcut that focuses search. */
export function isSearchShortcut(event: KeyLike): boolean {
  if (event.key !== "/" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  return !isEditableTarget(event.target);
}
