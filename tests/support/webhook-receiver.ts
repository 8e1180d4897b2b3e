import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers on a path: a status (with a body), a redirect, or never (to test timeouts). */
export type ReceiverBehaviour = { status: number; body?: string } | { redirectTo: string } | "hang";

/** A real HTTP server on loopback that records every webhook it receives; answers 200 unless told otherwise. */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const behaviour = new Map<string, ReceiverBehaviour>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const how = behaviour.get(path) ?? { status: 200, body: "ok" };
      if (how === "hang") return;
      if ("redirectTo" in how) {
        res.writeHead(302, { location: how.redirectTo }).end();
        return;
      }
      res.writeHead(how.status, { "content-type": "text/plain" }).end(how.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    /** The URL of a path on this receiver. */
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    behave: (path: string, how: ReceiverBehaviour) => behaviour.set(path, how),
    at: (path: string) => received.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
