import { describe, expect, it } from "vitest";
import { keyPress as press } from "../../testing/keyPress.js";
import { isSearchShortcut } from "./searchShortcut.js";

describe("isSearchShortcut", () => {
  it("takes a bare slash outside fields", () => {
    expect(isSearchShortcut(press("/"))).toBe(true);
    expect(isSearchShortcut(press("/", { tagName: "BUTTON" }))).toBe(true);
    expect(isSearchShortcut(press("/", { tagName: "INPUT", type: "checkbox" }))).toBe(true);
  });
  it("never fires while typing", () => {
    expect(isSearchShortcut(press("/", { tagName: "INPUT", type: "text" }))).toBe(false);
    expect(isSearchShortcut(press("/", { tagName: "INPUT" }))).toBe(false);
    expect(isSearchShortcut(press("/", { tagName: "TEXTAREA" }))).toBe(false);
    expect(isSearchShortcut(press("/", { tagName: "DIV", isContentEditable: true }))).toBe(false);
  });
  it("ignores other keys, modifiers and handled events", () => {
    expect(isSearchShortcut(press("?"))).toBe(false);
    expect(isSearchShortcut(press("/", undefined, { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press("/", undefined, { defaultPrevented: true }))).toBe(false);
  });
});
