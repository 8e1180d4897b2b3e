import { useMemo, useRef } from "react";
import type { ActionItem, AgendaItem, MeetingDetail, Note } from "../../../../shared/schemas/meetings.js";
import { ApiError } from "../../api/client.js";
import { errorMessage } from "../../api/errorMessage.js";
import {
  addActionItem,
  addAgendaItem,
  type CreateActionItemBody,
  deleteAgendaItem,
  startMeeting,
  type UpdateActionItemBody,
  unstartMeeting,
  updateActionItem,
  updateAgendaItem,
} from "../../api/meetings.js";
import type { Resource } from "../../hooks/useResource.js";
import { useT } from "../../i18n/I18nProvider.js";
import { useToast } from "../Toasts.js";
import { moveAgendaItem } from "./agendaOrder.js";

/** What the page may change on an action: the route's body, less the version it adds itself. */
export type ActionPatch = Omit<UpdateActionItemBody, "baseVersion" | "goalId">;

/** Everything one can change in a meeting, applied on screen at once and undone if the server says no. */
export type MeetingOps = {
  addPoint: (sectionKey: string, body: string) => Promise<boolean>;
  editPoint: (item: AgendaItem, body: string) => Promise<boolean>;
  setDiscussed: (item: AgendaItem, discussed: boolean) => void;
  movePoint: (item: AgendaItem, target: { sectionKey?: string; position?: number }) => void;
  deletePoint: (item: AgendaItem) => void;
  addAction: (input: CreateActionItemBody & { dueDate: string | null }) => Promise<boolean>;
  updateAction: (action: ActionItem, patch: ActionPatch) => Promise<boolean>;
  /**
   * Starts the meeting. More than an hour early the server asks for confirmation: then
   * `onEarly` runs (the page asks) and nothing starts until `start({ confirmEarly: true })`.
   */
  start: (options?: { confirmEarly?: boolean; onEarly?: () => void }) => Promise<boolean>;
  /** Un-starts a meeting started by mistake (allowed while nothing was recorded in it). */
  unstart: () => Promise<boolean>;
  /** Applies a change the server already confirmed (a check-in, feedback, a goal) to the page's copy. */
  apply: (fn: (detail: MeetingDetail) => MeetingDetail) => void;
  /** Keeps the page's copy of a note at the version the editor last synced with. */
  noteSynced: (kind: "shared" | "private", note: Note) => void;
  /** True for a few seconds after a change, so a background refresh can't paint an older state over it. */
  recentlyChanged: () => boolean;
  /** True when a change of mine started less than `ms` ago (its request may still be on its way). */
  changedWithin: (ms: number) => boolean;
};

const QUIET_MS = 5000;

/**
 * Swaps a placeholder for what the server saved. A reload may have landed meanwhile and
 * dropped the placeholder (or already brought the saved row): never lose it, never show it twice.
 */
function settle<T extends { id: string }>(list: T[], pendingId: string, saved: T): T[] {
  const withoutPending = list.filter((entry) => entry.id !== pendingId);
  return withoutPending.some((entry) => entry.id === saved.id) ? withoutPending : [...withoutPending, saved];
}

/** True for points and actions still on their way to the server. */
export const isPending = (id: string) => id.startsWith("pending-");

/** The meeting's operations over its loaded detail. */
export function useMeetingOps(resource: Resource<MeetingDetail>, meId: string): MeetingOps {
  const t = useT();
  const toast = useToast();
  const counter = useRef(0);
  const lastChange = useRef(0);
  const { setData, reload } = resource;

  return useMemo(() => {
    const patch = (fn: (d: MeetingDetail) => MeetingDetail) => {
      lastChange.current = Date.now();
      setData((d) => (d ? fn(d) : d));
    };
    const items = (fn: (list: AgendaItem[]) => AgendaItem[]) =>
      patch((d) => ({ ...d, agendaItems: fn(d.agendaItems) }));
    const actions = (fn: (list: ActionItem[]) => ActionItem[]) =>
      patch((d) => ({ ...d, actionItems: fn(d.actionItems) }));
    const replaceItem = (item: AgendaItem) => items((list) => list.map((i) => (i.id === item.id ? item : i)));
    const fail = (error: unknown) => {
      toast.error(errorMessage(t, error));
      // Closed or changed under us: show the meeting as it is now.
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) reload();
    };
    const now = () => new Date().toISOString();

    return {
      async addPoint(sectionKey, body) {
        const id = `pending-${++counter.current}`;
        const meetingId = resource.data?.meeting.id ?? "";
        patch((d) => {
          const position = d.agendaItems.filter((i) => i.sectionKey === sectionKey).length;
          const draft: AgendaItem = {
            id,
            meetingId: d.meeting.id,
            sectionKey,
            authorId: meId,
            body,
            position,
            discussed: false,
            carriedFrom: null,
            standingItemId: null,
            createdAt: now(),
            updatedAt: now(),
            version: 0,
          };
          return { ...d, agendaItems: [...d.agendaItems, draft] };
        });
        try {
          const { agendaItem } = await addAgendaItem(meetingId, { body, sectionKey });
          items((list) => settle(list, id, agendaItem));
          return true;
        } catch (error) {
          items((list) => list.filter((i) => i.id !== id));
          fail(error);
          return false;
        }
      },
      async editPoint(item, body) {
        replaceItem({ ...item, body });
        try {
          // Rewording is based on the words on screen: if the other side changed the point meanwhile, 409.
          replaceItem((await updateAgendaItem(item.id, { body, baseVersion: item.version })).agendaItem);
          return true;
        } catch (error) {
          replaceItem(item);
          fail(error);
          return false;
        }
      },
      setDiscussed(item, discussed) {
        replaceItem({ ...item, discussed });
        updateAgendaItem(item.id, { discussed }).then(
          ({ agendaItem }) => replaceItem(agendaItem),
          (error: unknown) => {
            replaceItem(item);
            fail(error);
          },
        );
      },
      movePoint(item, target) {
        items((list) => moveAgendaItem(list, item.id, target));
        updateAgendaItem(item.id, {
          ...(target.sectionKey && target.sectionKey !== item.sectionKey ? { sectionKey: target.sectionKey } : {}),
          ...(target.position !== undefined ? { position: target.position } : {}),
        }).then(
          // Again, in case a refresh painted the old order meanwhile (moving to the same place is a no-op);
          // keep the version the server gave the moved point, so a later reword is based on it.
          ({ agendaItem }) =>
            items((list) =>
              moveAgendaItem(
                list.map((i) => (i.id === agendaItem.id ? { ...i, version: agendaItem.version } : i)),
                item.id,
                target,
              ),
            ),
          (error: unknown) => {
            fail(error);
            // The order on screen is a guess the server refused: show its order.
            reload();
          },
        );
      },
      deletePoint(item) {
        items((list) => list.filter((i) => i.id !== item.id));
        deleteAgendaItem(item.id).then(
          () => {
            items((list) => list.filter((i) => i.id !== item.id));
            toast.success(t("agenda.toast.deleted"));
          },
          (error: unknown) => {
            items((list) => [...list, item]);
            fail(error);
          },
        );
      },
      async addAction(input) {
        const id = `pending-${++counter.current}`;
        const meetingId = resource.data?.meeting.id ?? "";
        // A placeholder until the server answers; fields it adds later (e.g. a goal) start empty.
        const draft = {
          id,
          oneOnOneId: resource.data?.oneOnOne.id ?? "",
          meetingId,
          ownerId: input.ownerId,
          title: input.title,
          dueDate: input.dueDate,
          status: "open",
          completedAt: null,
          createdAt: now(),
          followUp: false,
          goalId: input.goalId ?? null,
          version: 0,
        } as ActionItem;
        actions((list) => [...list, draft]);
        try {
          const { actionItem } = await addActionItem(meetingId, input);
          actions((list) => settle(list, id, actionItem));
          return true;
        } catch (error) {
          actions((list) => list.filter((a) => a.id !== id));
          fail(error);
          return false;
        }
      },
      async updateAction(action, change) {
        actions((list) => list.map((a) => (a.id === action.id ? { ...a, ...change } : a)));
        try {
          // An edited title is based on the one on screen: if the other side changed the action meanwhile, 409.
          const body = change.title !== undefined ? { ...change, baseVersion: action.version } : change;
          const { actionItem } = await updateActionItem(action.id, body);
          // Keep where it was shown (follow-up or new), whatever the server's view of "now".
          actions((list) => list.map((a) => (a.id === action.id ? { ...actionItem, followUp: action.followUp } : a)));
          return true;
        } catch (error) {
          actions((list) => list.map((a) => (a.id === action.id ? action : a)));
          fail(error);
          return false;
        }
      },
      recentlyChanged: () => Date.now() - lastChange.current < QUIET_MS,
      changedWithin: (ms) => Date.now() - lastChange.current < ms,
      apply: patch,
      noteSynced(kind, note) {
        const key = kind === "shared" ? "sharedNote" : "myPrivateNote";
        patch((d) => (d[key].version >= note.version ? d : { ...d, [key]: note }));
      },
      async start(options = {}) {
        const meetingId = resource.data?.meeting.id ?? "";
        try {
          const meeting = await startMeeting(meetingId, options.confirmEarly ?? false);
          patch((d) => ({ ...d, meeting }));
          reload();
          return true;
        } catch (error) {
          if (options.onEarly && error instanceof ApiError && error.code === "start_too_early") options.onEarly();
          else fail(error);
          return false;
        }
      },
      async unstart() {
        const meetingId = resource.data?.meeting.id ?? "";
        try {
          const meeting = await unstartMeeting(meetingId);
          patch((d) => ({ ...d, meeting }));
          reload();
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
    };
  }, [setData, reload, resource.data?.meeting.id, resource.data?.oneOnOne.id, meId, t, toast]);
}
