import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { MeetingAbilities, MeetingDetail, MeetingPerson } from "../../../../shared/schemas/meetings.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import type { LiveMeeting } from "../../live/useLiveMeeting.js";
import { todayIn } from "../../time/zonedTime.js";
import type { MeetingOps } from "./useMeetingOps.js";

export type MeetingView = {
  detail: MeetingDetail;
  meId: string;
  isLeader: boolean;
  /** The other participant. */
  other: MeetingPerson;
  /** The meeting is still to be held: prepare and run it (else the page shows its record). */
  open: boolean;
  /** What I may do here now, as the server decides it (never re-derived from status or role). */
  abilities: MeetingAbilities;
  /** Today in the viewer's zone. */
  today: string;
  /** A participant's name ("You" for me). */
  labelOf: (userId: string | null) => string;
  /** A participant's full name. */
  nameOf: (userId: string | null) => string;
  ops: MeetingOps;
  reload: () => void;
  /** The live channel: shared notes, presence, connection (null until it opens). */
  live: LiveMeeting | null;
};

const MeetingContext = createContext<MeetingView | null>(null);

type Props = {
  detail: MeetingDetail;
  meId: string;
  ops: MeetingOps;
  reload: () => void;
  live: LiveMeeting | null;
  children: ReactNode;
};

/** Shares the loaded meeting, who is looking and what they can do with it. */
export function MeetingProvider({ detail, meId, ops, reload, live, children }: Props) {
  const { t, timeZone } = useI18n();
  const value = useMemo<MeetingView>(() => {
    const { leader, teammate } = detail.oneOnOne;
    const isLeader = leader.id === meId;
    const nameOf = (id: string | null) =>
      id === leader.id ? leader.name : id === teammate.id ? teammate.name : t("meeting.someone");
    return {
      detail,
      meId,
      isLeader,
      other: isLeader ? teammate : leader,
      open: detail.meeting.status === "scheduled",
      abilities: detail.abilities,
      today: todayIn(timeZone),
      nameOf,
      labelOf: (id) => (id === meId ? t("common.you") : nameOf(id)),
      ops,
      reload,
      live,
    };
  }, [detail, meId, ops, reload, live, t, timeZone]);
  return <MeetingContext.Provider value={value}>{children}</MeetingContext.Provider>;
}

/** The meeting on screen. */
export function useMeeting(): MeetingView {
  const value = useContext(MeetingContext);
  if (!value) throw new Error("useMeeting must be used inside <MeetingProvider>");
  return value;
}
