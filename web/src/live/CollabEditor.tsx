import { defaultKeymap } from "@codemirror/commands";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder as placeholderText } from "@codemirror/view";
import { useEffect, useRef } from "react";
import { yCollab, ySyncAnnotation, yUndoManagerKeymap } from "y-codemirror.next";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { SHARED_NOTE_TEXT } from "../../../shared/live-protocol.js";
import { NOTE_BODY_MAX_LENGTH } from "../../../shared/note-limits.js";

type Props = {
  doc: Y.Doc;
  awareness: Awareness;
  id: string;
  label: string;
  describedBy: string;
  placeholder: string;
  readOnly: boolean;
  onTyping: () => void;
  /** A keystroke or paste would take the note past its size limit; it was not applied. */
  onLimit: () => void;
};

/** Plain-text look, the app's colours: the editor follows the theme's CSS variables. */
const theme = EditorView.theme({
  "&": { color: "var(--text)", backgroundColor: "transparent", fontSize: "inherit" },
  "&.cm-focused": { outline: "none" },
  // Lines wrap, so nothing needs a sideways scroll; without this, the other person's name label at the end of a
  // line made the editor a scrollable region that the keyboard could not reach (axe scrollable-region-focusable).
  ".cm-scroller": { fontFamily: "inherit", lineHeight: "1.5", overflowX: "hidden" },
  ".cm-content": { caretColor: "var(--text)", padding: "0", minHeight: "9rem" },
  ".cm-line": { padding: "0" },
  ".cm-placeholder": { color: "var(--text-muted)" },
  // The other person's name never sits on the text: their caret keeps its colour, and the notes' header names it.
  ".cm-ySelectionInfo": { display: "none" },
});

/** The page's CSP nonce (the server fills it in per response): CodeMirror's theme is a <style> element. */
function cspNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? "";
}

/**
 * The shared notes as a CodeMirror editor bound to the Yjs text: both people type
 * at once, each sees the other's caret with their name, and undo takes back only
 * one's own edits. Loaded only on the meeting page.
 */
export default function CollabEditor({
  doc,
  awareness,
  id,
  label,
  describedBy,
  placeholder,
  readOnly,
  onTyping,
  onLimit,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const typing = useRef(onTyping);
  typing.current = onTyping;
  const limit = useRef(onLimit);
  limit.current = onLimit;

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const text = doc.getText(SHARED_NOTE_TEXT);
    const undoManager = new Y.UndoManager(text);
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [
          keymap.of([...yUndoManagerKeymap, ...defaultKeymap]),
          EditorView.lineWrapping,
          placeholderText(placeholder),
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          EditorView.contentAttributes.of({
            id,
            "aria-label": label,
            "aria-describedby": describedBy,
            "aria-multiline": "true",
            role: "textbox",
          }),
          EditorView.updateListener.of((update) => {
            if (update.transactions.some((tr) => tr.isUserEvent("input") || tr.isUserEvent("delete"))) {
              typing.current();
            }
          }),
          // The server refuses a note past the REST limit; stop such an edit here, before it is sent.
          EditorState.transactionFilter.of((tr) => {
            const grows = tr.newDoc.length > tr.startState.doc.length;
            if (!tr.docChanged || !grows || tr.annotation(ySyncAnnotation) !== undefined) return tr;
            if (tr.newDoc.length <= NOTE_BODY_MAX_LENGTH) return tr;
            limit.current();
            return [];
          }),
          yCollab(text, awareness, { undoManager }),
          theme,
          EditorView.cspNonce.of(cspNonce()),
        ],
      }),
    });
    return () => {
      view.destroy();
      undoManager.destroy();
    };
  }, [doc, awareness, id, label, describedBy, placeholder, readOnly]);

  return <div ref={host} className="collab-editor input" data-testid="shared-notes-editor" />;
}
