import type { FastifyRequest } from "fastify";
import { errorResponseSchema } from "../../shared/schemas/common.js";
import { meetingParamsSchema } from "../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../context.js";
import { requireActor } from "../http/authenticate.js";
import { AppError, forbidden } from "../http/errors.js";
import type { RoutePlugin } from "../http/route-types.js";
import { isSameOrigin, originOf } from "../http/same-origin.js";
import { sharedNotesWritable } from "../modules/meetings/meeting-policy.js";
import { requireMeetingParticipant } from "../modules/one-on-ones/pair-policy.js";
import { findUserName } from "./live.repo.js";
import type { RoomFacts } from "./room.js";

interface Admitted {
  actor: Actor;
  name: string;
  facts: RoomFacts;
}

const DESCRIPTION = [
  "A WebSocket for the two participants of a meeting: the shared notes (Yjs sync), presence (Yjs awareness)",
  "and events saying what changed. Frames are binary in the y-websocket framing: a varUint message type",
  "(0 sync, 1 awareness, 100 event) and its body; an event is a varString of JSON",
  "`{type, meetingId, by, at, origin}` and never holds content. Private-note and own-rating events reach only",
  "their author's sessions. Sign in with the session cookie (same origin) or a Bearer token with the `write` scope.",
  "A plain GET answers 426. The server closes the socket with 4401 as soon as its session ends, its token is revoked",
  "or its person stops being an active participant; with 4413 when an edit would take the shared note past",
  "100,000 characters (the edit is not applied); with 4400 for a frame that is not a plain-text edit of the note;",
  "and with 4429 when the session or token already holds 20 sockets on that server.",
].join(" ");

function sectionKeys(sections: string): string[] {
  try {
    const parsed = JSON.parse(sections) as Array<{ key?: unknown }>;
    return parsed.flatMap((s) => (typeof s.key === "string" ? [s.key] : []));
  } catch {
    return [];
  }
}

/**
 * Who may open the channel is settled before the upgrade, as for any request:
 * 401 without a session, 403 for a cookie from another site (a WebSocket is not
 * covered by CORS), 404 for anyone but the two participants (P1, P3, P5).
 */
async function admit(deps: Deps, request: FastifyRequest<{ Params: { id: string } }>): Promise<Admitted> {
  const actor = requireActor(request);
  // Only an upgrade can read anything; a plain GET just learns it needs one (426).
  if (actor.via === "session" && request.headers.upgrade?.toLowerCase() === "websocket") {
    const claimed = originOf(request.headers.origin);
    if (claimed === null || !isSameOrigin(request, new URL(deps.config.appUrl).origin, claimed)) {
      throw forbidden("cross_site_request", "A live connection must come from this site");
    }
  }
  const { meeting } = await requireMeetingParticipant(deps, actor, request.params.id);
  return {
    actor,
    name: await findUserName(deps.db.kysely, actor.userId),
    facts: {
      meetingId: meeting.id,
      oneOnOneId: meeting.oneOnOneId,
      writable: await sharedNotesWritable(deps.db.kysely, meeting),
      typingPlaces: new Set([...sectionKeys(meeting.sections), "notes"]),
    },
  };
}

/** The live channel of a meeting. */
export const liveRoutes: RoutePlugin = (app, deps) => {
  const admitted = new WeakMap<FastifyRequest, Admitted>();
  app.route<{ Params: { id: string } }>({
    method: "GET",
    url: "/meetings/:id/events",
    // The channel edits the shared notes, so a token needs `write` even to open it.
    config: { tokenScope: "write" },
    schema: {
      tags: ["live"],
      summary: "Live channel of a meeting (WebSocket)",
      description: DESCRIPTION,
      params: meetingParamsSchema,
      response: { 426: errorResponseSchema, 404: errorResponseSchema, 403: errorResponseSchema },
    },
    preHandler: async (request) => {
      admitted.set(request, await admit(deps, request));
    },
    handler: async () => {
      throw new AppError(426, "upgrade_required", "Open this address as a WebSocket", { Upgrade: "websocket" });
    },
    wsHandler: (socket, request) => {
      const entry = admitted.get(request);
      if (!entry) {
        socket.close(1011, "Not admitted");
        return;
      }
      deps.live.join({ socket, actor: entry.actor, name: entry.name, facts: entry.facts });
    },
  });
};
