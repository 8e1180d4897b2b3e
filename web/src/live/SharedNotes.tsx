import { lazy, Suspense, useEffect, useId, useState } from "react";
import type * as Y from "yjs";
import { SHARED_NOTE_TEXT } from "../../../shared/live-protocol.js";
import { Icon } from "../components/Icon.js";
import { LazyMarkdown } from "../components/notes/LazyMarkdown.js";
import { WritePreviewToggle } from "../components/notes/WritePreviewToggle.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { LiveStatusLine } from "./LiveStatus.js";
import { caretColor, type LiveMeeting } from "./useLiveMeeting.js";

const CollabEditor = lazy(() => import("./CollabEditor.js"));

/** The DOM id of the shared-notes editor, for the `n` shortcut. */
export const SHARED_NOTES_ID = "shared-notes-editor";

/** The Markdown of the shared notes, following every change. */
function useNoteText(doc: Y.Doc | null): string {
  const [text, setText] = useState("");
  useEffect(() => {
    if (!doc) return;
    const ytext = doc.getText(SHARED_NOTE_TEXT);
    const update = () => setText(ytext.toString());
    update();
    ytext.observe(update);
    return () => ytext.unobserve(update);
  }, [doc]);
  return text;
}

type Props = { live: LiveMeeting | null; readOnly: boolean };

/** The shared notes, written by both at once, with a Markdown preview and where the connection stands. */
export function SharedNotes({ live, readOnly }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const [limitHit, setLimitHit] = useState(false);
  const text = useNoteText(preview ? (live?.doc ?? null) : null);
  const title = t("notes.shared");
  const hintId = `${id}-hint`;

  return (
    <section className="note-editor" aria-labelledby={`${id}-title`}>
      <div className="note-head">
        <h3 id={`${id}-title`} className="note-title">
          {title}
        </h3>
        {live?.others.map((person) => (
          <span key={person.userId} className="caret-legend">
            <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
              <rect width="10" height="10" rx="2" fill={caretColor(person.userId)} />
            </svg>
            {t("live.notes.caretOf", { name: person.name.split(/\s+/)[0] ?? person.name })}
          </span>
        ))}
        <WritePreviewToggle title={title} preview={preview} onChange={setPreview} />
      </div>
      <p className="note-live-hint" id={hintId}>
        {readOnly ? (
          <>
            <Icon name="lock" size={14} />
            {t("live.notes.readOnly")}
          </>
        ) : (
          t("live.notes.hint")
        )}
      </p>
      {preview ? (
        <div className="note-preview">
          {text.trim() ? <LazyMarkdown source={text} /> : <p className="muted">{t("notes.previewEmpty")}</p>}
        </div>
      ) : live ? (
        <Suspense fallback={<div className="collab-editor input collab-loading">{t("live.notes.loading")}</div>}>
          <CollabEditor
            doc={live.doc}
            awareness={live.provider.awareness}
            id={SHARED_NOTES_ID}
            label={title}
            describedBy={hintId}
            placeholder={t("notes.sharedPlaceholder")}
            readOnly={readOnly}
            onTyping={() => live.typing("notes")}
            onLimit={() => setLimitHit(true)}
          />
        </Suspense>
      ) : (
        <div className="collab-editor input collab-loading">{t("live.notes.loading")}</div>
      )}
      {limitHit || live?.noteFull ? (
        <p className="callout callout-warning" role="alert" data-testid="note-size-limit">
          <Icon name="alert" />
          <span>{t("live.notes.tooLarge")}</span>
        </p>
      ) : null}
      <div className="note-foot">
        <LiveStatusLine status={live?.status ?? "connecting"} />
        <p className="note-hint">{t("notes.markdownHint")}</p>
      </div>
    </section>
  );
}
