import { type Ref, useId, useState } from "react";
import type { Note } from "../../../../shared/schemas/meetings.js";
import type { NoteKind } from "../../api/meetings.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { LazyMarkdown } from "./LazyMarkdown.js";
import { MergePanel } from "./MergePanel.js";
import { SaveStatusLine } from "./SaveStatusLine.js";
import { useNoteAutosave } from "./useNoteAutosave.js";
import { WritePreviewToggle } from "./WritePreviewToggle.js";

type Props = {
  meetingId: string;
  kind: NoteKind;
  note: Note;
  title: string;
  placeholder: string;
  /** Names by user id, for "changed by". */
  nameOf: (userId: string | null) => string;
  /** The viewer, so a conflict with their own other window is worded as such. */
  meId: string;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
  onSynced?: (note: Note) => void;
};

/** A Markdown note with write/preview, autosave and the merge panel on a conflict. */
export function NoteEditor({
  meetingId,
  kind,
  note,
  title,
  placeholder,
  nameOf,
  meId,
  rows = 8,
  textareaRef,
  onSynced,
}: Props) {
  const { t } = useI18n();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const editor = useNoteAutosave({ meetingId, kind, note, onSynced, meId });
  const isPrivate = kind === "private";

  return (
    <section className={`note-editor${isPrivate ? " note-editor-private" : ""}`} aria-labelledby={`${id}-title`}>
      <div className="note-head">
        <h3 id={`${id}-title`} className="note-title">
          {preview ? title : <label htmlFor={id}>{title}</label>}
        </h3>
        <WritePreviewToggle
          title={title}
          preview={preview}
          onChange={(next) => {
            if (next) editor.flush();
            setPreview(next);
          }}
        />
      </div>
      {isPrivate ? (
        <p className="private-label" id={`${id}-private`}>
          <Icon name="lock" size={14} />
          {t("notes.privateLabel")}
        </p>
      ) : null}
      {editor.conflict ? (
        <MergePanel
          theirs={editor.conflict}
          mine={editor.text}
          theirName={editor.conflict.updatedBy === meId ? null : nameOf(editor.conflict.updatedBy)}
          onResolve={editor.resolve}
        />
      ) : null}
      {preview ? (
        <div className="note-preview">
          {editor.text.trim() ? (
            <LazyMarkdown source={editor.text} />
          ) : (
            <p className="muted">{t("notes.previewEmpty")}</p>
          )}
        </div>
      ) : (
        <textarea
          id={id}
          ref={textareaRef}
          className="input note-textarea"
          rows={rows}
          value={editor.text}
          placeholder={placeholder}
          readOnly={editor.conflict !== null}
          aria-describedby={`${id}-status${isPrivate ? ` ${id}-private` : ""}`}
          onChange={(event) => editor.setText(event.target.value)}
          onBlur={editor.flush}
        />
      )}
      <div className="note-foot" id={`${id}-status`}>
        <SaveStatusLine status={editor.status} savedAt={editor.savedAt} error={editor.error} onRetry={editor.flush} />
        <p className="note-hint">{t("notes.markdownHint")}</p>
      </div>
    </section>
  );
}
