import { describe, expect, it } from "vitest";
import { isEditableTarget } from "../../keyboard.js";
import { keyPress as press } from "../../testing/keyPress.js";
import { shortcutFor } from "./shortcuts.js";

describe("run-mode shortcuts", () => {
  it("maps single keys to actions, ignoring case", () => {
    expect(shortcutFor(press("n"))).toBe("next");
    expect(shortcutFor(press("N"))).toBe("next");
    expect(shortcutFor(press("?"))).toBe("help");
    expect(shortcutFor(press("q"))).toBeNull();
    expect(shortcutFor(press("Enter"))).toBeNull();
  });

  it("never fires while typing in a field", () => {
    expect(shortcutFor(press("n", { tagName: "TEXTAREA" }))).toBeNull();
    expect(shortcutFor(press("n", { tagName: "INPUT", type: "text" }))).toBeNull();
    expect(shortcutFor(press("n", { tagName: "INPUT", type: "date" }))).toBeNull();
    expect(shortcutFor(press("n", { tagName: "SELECT" }))).toBeNull();
    expect(shortcutFor(press("n", { tagName: "DIV", isContentEditable: true }))).toBeNull();
  });

  it("fires from buttons and checkboxes, but not with modifiers or when handled", () => {
    expect(shortcutFor(press("t", { tagName: "BUTTON" }))).toBe("timer");
    expect(shortcutFor(press("t", { tagName: "INPUT", type: "checkbox" }))).toBe("timer");
    expect(shortcutFor(press("n", undefined, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press("n", undefined, { metaKey: true }))).toBeNull();
    expect(shortcutFor(press("n", undefined, { defaultPrevented: true }))).toBeNull();
    expect(isEditableTarget(null)).toBe(false);
  });
});
