import { connect } from "node:net";
import Fastify from "fastify";
import { expect, it } from "vitest";
import { registerErrorHandling } from "./error-handler.js";
import { registerGracefulClose } from "./graceful-close.js";

/** Sends raw HTTP/1.1 on one connection and collects everything the server writes back until it closes. */
function rawConnection(port: number) {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk) => {
    received += chunk.toString("utf8");
  });
  const closed = new Promise<string>((resolve) => socket.on("close", () => resolve(received)));
  return { send: (text: string) => socket.write(text), closed };
}

it("finishes the request being served with Connection: close and serves nothing that comes during the close", async () => {
  const app = Fastify({ logger: false, return503OnClosing: false });
  registerErrorHandling(app);
  registerGracefulClose(app);
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered = () => {};
  const inHandler = new Promise<void>((resolve) => {
    entered = resolve;
  });
  app.get("/slow", async () => {
    entered();
    await gate;
    return { done: true };
  });
  let fastServed = false;
  app.get("/fast", async () => {
    fastServed = true;
    return { fast: true };
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const port = (app.server.address() as { port: number }).port;

  const conn = rawConnection(port);
  conn.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
  await inHandler;
  const closing = app.close();
  await new Promise((resolve) => setImmediate(resolve));
  // The same keep-alive connection, busy so not reaped, asks for more after the close began.
  conn.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  await closing;
  const text = await conn.closed;

  const [first, second] = text.split(/(?=HTTP\/1\.1 )/);
  expect(first).toMatch(/^HTTP\/1\.1 200/);
  expect(first).toMatch(/connection: close/i);
  expect(first).toContain('{"done":true}');
  // The late request never reached its handler: its connection ended with the first answer,
  // or, if it was read before that, it got the 503.
  expect(fastServed).toBe(false);
  if (second !== undefined) {
    expect(second).toMatch(/^HTTP\/1\.1 503/);
    expect(second).toContain('"code":"shutting_down"');
  }
});
