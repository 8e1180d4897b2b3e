import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SHARED_NOTE_TEXT } from "../../shared/live-protocol.js";
import { NOTE_BODY_MAX_LENGTH } from "../../shared/note-limits.js";
import { checkNoteUpdate } from "./note-limit.js";

/** The updates a change to `doc` produces, in order. */
function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (u: Uint8Array) => updates.push(u);
  doc.on("update", collect);
  change();
  doc.off("update", collect);
  return updates;
}

describe("checkNoteUpdate", () => {
  it("takes keystrokes and deletions up to the limit, and refuses the one past it", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const text = client.getText(SHARED_NOTE_TEXT);
    const apply = (u: Uint8Array) => {
      const verdict = checkNoteUpdate(server, u);
      if (verdict === "ok") Y.applyUpdate(server, u);
      return verdict;
    };
    for (const u of updatesOf(client, () => text.insert(0, "x".repeat(NOTE_BODY_MAX_LENGTH - 1)))) {
      expect(apply(u)).toBe("ok");
    }
    for (const u of updatesOf(client, () => text.insert(0, "y"))) expect(apply(u)).toBe("ok");
    const over = updatesOf(client, () => text.insert(0, "z"));
    expect(over.map((u) => checkNoteUpdate(server, u))).toEqual(["too_large"]);
    // Replacing text at the limit (a paste over a selection) fits once the deletion is counted.
    const replaced = new Y.Doc();
    Y.applyUpdate(replaced, Y.encodeStateAsUpdate(server));
    const swap = updatesOf(replaced, () =>
      replaced.transact(() => {
        replaced.getText(SHARED_NOTE_TEXT).delete(0, 10);
        replaced.getText(SHARED_NOTE_TEXT).insert(0, "0123456789");
      }),
    );
    expect(swap.map((u) => checkNoteUpdate(server, u))).toEqual(["ok"]);
  });

  it("refuses anything but plain text of the note: another root, a map entry, an embed, a format", () => {
    const server = new Y.Doc();
    const forge = (change: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc();
      return updatesOf(doc, () => change(doc)).map((u) => checkNoteUpdate(server, u));
    };
    expect(forge((d) => d.getText("elsewhere").insert(0, "hidden"))).toEqual(["foreign"]);
    expect(forge((d) => d.getMap("stash").set("k", "v"))).toEqual(["foreign"]);
    expect(forge((d) => d.getText(SHARED_NOTE_TEXT).insertEmbed(0, { image: "x" }))).toEqual(["foreign"]);
    expect(forge((d) => d.getText(SHARED_NOTE_TEXT).insert(0, "bold", { bold: true }))).toEqual(["foreign"]);
    expect(forge((d) => d.getText(SHARED_NOTE_TEXT).insert(0, "plain"))).toEqual(["ok"]);
  });

  it("refuses an update whose dependency the document lacks", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const text = client.getText(SHARED_NOTE_TEXT);
    const [first] = updatesOf(client, () => text.insert(0, "hello"));
    const [second] = updatesOf(client, () => text.insert(5, " world"));
    expect(checkNoteUpdate(server, second as Uint8Array)).toBe("foreign");
    expect(checkNoteUpdate(server, first as Uint8Array)).toBe("ok");
    Y.applyUpdate(server, first as Uint8Array);
    expect(checkNoteUpdate(server, second as Uint8Array)).toBe("ok");
  });
});
