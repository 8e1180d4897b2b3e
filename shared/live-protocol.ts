// The live channel's constants, free of dependencies so the browser's first bundle can use them.

/**
 * The live channel of a meeting (`GET /api/v1/meetings/:id/events`, WebSocket).
 *
 * Frames are binary, in the y-websocket framing: a varUint message type, then its body.
 * - 0 (sync) and 1 (awareness) are the Yjs protocols: the shared notes and presence.
 * - 100 (event) is ours: a varString holding one JSON `LiveEvent`. It says what changed,
 *   never the content; clients fetch the meeting again to see it.
 */
export const LIVE_MESSAGE_SYNC = 0;
export const LIVE_MESSAGE_AWARENESS = 1;
export const LIVE_MESSAGE_EVENT = 100;

/** The Y.Text in a meeting's shared-notes document that holds the Markdown. */
export const SHARED_NOTE_TEXT = "markdown";

/** The header a browser tab sends with its writes, so the events they cause don't echo back to it. */
export const LIVE_CLIENT_HEADER = "x-rapport-client";
