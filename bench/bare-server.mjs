// The baseline of `npm run bench`: a bare Fastify route returning a constant JSON, in its own process,
// so every endpoint is reported as a share of what Fastify itself does on this machine in the same run.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/hello", async () => ({ hello: "world" }));
await app.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
