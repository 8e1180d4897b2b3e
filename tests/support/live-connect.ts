import { WebSocket } from "ws";
import type { TestApp } from "./test-app.js";

/** An open live-channel socket holding the frames that came with the upgrade, for `LiveClient.attach`. */
export type LiveSocket = WebSocket & { early: Buffer[]; stopBuffering: () => void };

/** The live channel of a meeting. */
export const livePath = (meetingId: string) => `/api/v1/meetings/${meetingId}/events`;

/** Opens a meeting's live channel on a server at `baseUrl` (`http://host:port`); rejects with the status of a refusal. */
export function openLiveSocket(
  baseUrl: string,
  meetingId: string,
  headers: Record<string, string>,
): Promise<LiveSocket> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}${livePath(meetingId)}`, { headers });
  // Frames can arrive with the upgrade itself: keep them for the client that attaches.
  const early: Buffer[] = [];
  const buffer = (data: Buffer) => early.push(data);
  socket.on("message", buffer);
  return new Promise((resolve, reject) => {
    socket.once("open", () =>
      resolve(Object.assign(socket, { early, stopBuffering: () => socket.off("message", buffer) })),
    );
    socket.once("unexpected-response", (_request, response) => {
      reject(new Error(`Unexpected server response: ${response.statusCode}`));
    });
    socket.once("error", reject);
  });
}

const listening = new WeakMap<TestApp, Promise<string>>();

/** Opens a real WebSocket on loopback to a test app (the app listens on first use). */
export async function connect(t: TestApp, headers: Record<string, string>, meetingId: string): Promise<LiveSocket> {
  if (!listening.has(t)) listening.set(t, t.app.listen({ port: 0, host: "127.0.0.1" }));
  const base = await listening.get(t);
  if (!base) throw new Error("The test app is not listening");
  return openLiveSocket(base, meetingId, headers);
}
