import { describe, expect, it } from "vitest";
import { isSearchShortcut } from "./searchShortcut.js";

const press = (key: string, target: object | null = { tagName: "BODY" }, extra: object = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: target as EventTarget,
  ...extra,
});

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
