import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useParams } from "wouter";
import type { MeetingDetail } from "../../../shared/schemas/meetings.js";
import { ApiError } from "../api/client.js";
import { getMeeting } from "../api/meetings.js";
import { Icon } from "../components/Icon.js";
import { MessagePage } from "../components/MessagePage.js";
import { CancelDialog } from "../components/meeting/CancelDialog.js";
import { MeetingProvider, useMeeting } from "../components/meeting/MeetingContext.js";
import { type MeetingDialog, MeetingHeader } from "../components/meeting/MeetingHeader.js";
import { MeetingRecord } from "../components/meeting/MeetingRecord.js";
import { PrepareView } from "../components/meeting/PrepareView.js";
import { RescheduleDialog } from "../components/meeting/RescheduleDialog.js";
import { RunView } from "../components/meeting/RunView.js";
import { ShortcutsDialog } from "../components/meeting/ShortcutsDialog.js";
import { StartControls, StartEarlyDialog } from "../components/meeting/StartControls.js";
import { useMeetingOps } from "../components/meeting/useMeetingOps.js";
import { useSectionTimer } from "../components/meeting/useSectionTimer.js";
import { WrapUpDialog } from "../components/meeting/WrapUpDialog.js";
import { ErrorState, LoadingState } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useLiveMeeting } from "../live/useLiveMeeting.js";
import { useSignedIn } from "../session/SessionProvider.js";
import "../styles/meeting.css";
import "../styles/live.css";

type Mode = "prepare" | "run";
/** Without the live channel (reconnecting, offline), the page still catches up now and then. */
const FALLBACK_REFRESH_MS = 20_000;
/** Events arriving together cause one fetch. */
const COALESCE_MS = 40;
/** A fetch waits while a change of mine may still be on its way, so it can't paint over it. */
const IN_FLIGHT_MS = 700;

function OpenMeeting() {
  const { t } = useI18n();
  const { detail, ops, abilities, reload } = useMeeting();
  const started = detail.meeting.startedAt !== null;
  const [mode, setMode] = useState<Mode>(started ? "run" : "prepare");
  const [dialog, setDialog] = useState<MeetingDialog>(null);
  const timer = useSectionTimer(detail, reload);
  const close = () => setDialog(null);

  // Starting is explicit (the Start button); more than an hour early the page asks first.
  const start = async (confirmEarly = false) => {
    if (await ops.start({ confirmEarly, onEarly: () => setDialog("startEarly") })) setMode("run");
  };

  const actions = (
    <>
      {abilities.reschedule ? (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDialog("reschedule")}>
          <Icon name="calendar" size={16} />
          {t("meeting.reschedule.open")}
        </button>
      ) : null}
      {abilities.cancel ? (
        <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => setDialog("cancel")}>
          {t("meeting.cancel.open")}
        </button>
      ) : null}
      <StartControls onStart={() => void start()} onUnstarted={() => setMode("prepare")} />
      {abilities.complete && started ? (
        <button type="button" className="btn btn-primary" onClick={() => setDialog("wrapUp")} aria-keyshortcuts="w">
          <Icon name="check-circle" />
          {t("meeting.wrapUp")}
        </button>
      ) : null}
    </>
  );

  return (
    <>
      <MeetingHeader actions={actions} />
      <div className="mode-switch">
        <fieldset className="segmented segmented-text">
          <legend className="visually-hidden">{t("meeting.mode")}</legend>
          <button type="button" aria-pressed={mode === "prepare"} onClick={() => setMode("prepare")}>
            {t("meeting.mode.prepare")}
          </button>
          <button type="button" aria-pressed={mode === "run"} onClick={() => setMode("run")}>
            {t("meeting.mode.run")}
          </button>
        </fieldset>
        <p className="mode-hint">{mode === "prepare" ? t("meeting.mode.prepareHint") : t("meeting.mode.runHint")}</p>
      </div>
      {mode === "run" ? (
        <RunView
          timer={timer}
          onStart={() => void start()}
          onWrapUp={() => setDialog("wrapUp")}
          onHelp={() => setDialog("shortcuts")}
        />
      ) : (
        <PrepareView />
      )}
      <WrapUpDialog open={dialog === "wrapUp"} onClose={close} />
      <StartEarlyDialog open={dialog === "startEarly"} onConfirm={() => start(true)} onClose={close} />
      <CancelDialog open={dialog === "cancel"} onClose={close} onReschedule={() => setDialog("reschedule")} />
      <RescheduleDialog open={dialog === "reschedule"} onClose={close} />
      <ShortcutsDialog open={dialog === "shortcuts"} onClose={close} />
    </>
  );
}

function MeetingScreen() {
  const { open } = useMeeting();
  if (open) return <OpenMeeting />;
  return (
    <>
      <MeetingHeader actions={null} />
      <MeetingRecord />
    </>
  );
}

/** A meeting: prepare before, run during, and the record afterwards. */
export default function MeetingPage() {
  const { t } = useI18n();
  const { id = "" } = useParams<{ id: string }>();
  const { me } = useSignedIn();
  const resource = useResource<MeetingDetail>(() => getMeeting(id), id);
  const ops = useMeetingOps(resource, me.user.id);
  const detail = resource.data;
  const other = detail
    ? detail.oneOnOne.leader.id === me.user.id
      ? detail.oneOnOne.teammate
      : detail.oneOnOne.leader
    : null;
  useDocumentTitle(other ? t("meeting.title", { name: other.name }) : t("meeting.loading"));

  // The other person's changes arrive as live events: fetch the meeting again (once for a burst).
  const { reload } = resource;
  const opsRef = useRef(ops);
  opsRef.current = ops;
  const pending = useRef<number | undefined>(undefined);
  const refreshSoon = useCallback(
    (delay = COALESCE_MS) => {
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => {
        if (opsRef.current.changedWithin(IN_FLIGHT_MS)) refreshSoon(IN_FLIGHT_MS);
        else reload();
      }, delay);
    },
    [reload],
  );
  useEffect(() => () => window.clearTimeout(pending.current), []);
  const person = useMemo(() => ({ id: me.user.id, name: me.user.name }), [me.user.id, me.user.name]);
  // The live channel opens for a meeting that loaded: an unknown id never keeps retrying it.
  const live = useLiveMeeting(detail?.meeting.id === id ? id : null, person, () => refreshSoon(), refreshSoon);

  // Coming back to the tab, and now and then while the live channel is down, catch up anyway.
  const open = detail?.meeting.status === "scheduled";
  const connected = live?.status === "live";
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible" && !opsRef.current.recentlyChanged()) reload();
    };
    document.addEventListener("visibilitychange", refresh);
    const timer = open && !connected ? window.setInterval(refresh, FALLBACK_REFRESH_MS) : undefined;
    return () => {
      document.removeEventListener("visibilitychange", refresh);
      window.clearInterval(timer);
    };
  }, [reload, open, connected]);

  if (!detail) {
    if (resource.error instanceof ApiError && resource.error.status === 404) {
      return (
        <MessagePage
          icon="calendar"
          title={t("meeting.notFound.title")}
          text={t("meeting.notFound.text")}
          way={{ href: "/one-on-ones", label: t("meeting.notFound.back") }}
        />
      );
    }
    return (
      <div className="page page-wide">
        {resource.error ? <ErrorState error={resource.error} onRetry={resource.reload} /> : <LoadingState />}
      </div>
    );
  }

  return (
    <div className="page page-wide meeting-page">
      <MeetingProvider key={detail.meeting.id} detail={detail} meId={me.user.id} ops={ops} reload={reload} live={live}>
        <MeetingScreen />
      </MeetingProvider>
    </div>
  );
}
