/** A keydown as the shortcut checks read it: `key` on `target` (the page body unless given), no modifiers unless `extra` says. */
export const keyPress = (key: string, target: object | null = { tagName: "BODY" }, extra: object = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: target as EventTarget,
  ...extra,
});
