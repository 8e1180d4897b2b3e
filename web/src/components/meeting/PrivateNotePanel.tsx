import { useI18n } from "../../i18n/I18nProvider.js";
import { NoteEditor } from "../notes/NoteEditor.js";
import { useMeeting } from "./MeetingContext.js";

/** My private note on this meeting, in its side panel (while preparing and while running it). */
export function PrivateNotePanel({ placeholder, rows }: { placeholder: string; rows: number }) {
  const { t } = useI18n();
  const { detail, nameOf, meId, ops } = useMeeting();
  return (
    <div className="panel">
      <NoteEditor
        meetingId={detail.meeting.id}
        kind="private"
        note={detail.myPrivateNote}
        onSynced={(note) => ops.noteSynced("private", note)}
        title={t("notes.private")}
        placeholder={placeholder}
        nameOf={nameOf}
        meId={meId}
        rows={rows}
      />
    </div>
  );
}
