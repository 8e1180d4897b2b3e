import type { Engine } from "../../server/db/database.js";
import type { PostgresCluster } from "../../tests/support/postgres-cluster.js";
import {
  callApi,
  type ServerProcess,
  spawnServerProcess,
  stopServerProcess,
  waitUntilHealthy,
} from "../../tests/support/server-process.js";
import { dataset } from "./datasets.js";

const SECRET = "bench-session-secret-0123456789abcdef";

/** The bundled server over a bench dataset, healthy, with the bench leader signed in (stop it when done). */
export async function serveDataset(engine: Engine, people: number, cluster: PostgresCluster | null, seed: number) {
  const { url, facts } = await dataset(engine, people, cluster, seed);
  const server: ServerProcess = await spawnServerProcess({
    databaseUrl: url,
    sessionSecret: SECRET,
    output: "inherit",
    entry: "bundle",
  });
  try {
    await waitUntilHealthy(server);
    const login = await callApi(server.base, null, "POST", "/api/v1/auth/login", {
      email: facts.leader.email,
      password: facts.password,
    });
    if (!login.cookie) throw new Error(`Cannot sign in as the bench leader: ${JSON.stringify(login.body)}`);
    return { server, facts, cookie: login.cookie };
  } catch (error) {
    await stopServerProcess(server);
    throw error;
  }
}
