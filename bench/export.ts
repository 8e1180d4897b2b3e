// `npm run bench:export`: what "leave with your data" costs. For each data size it signs in as the bench
// leader (12 people, years of weekly 1:1s) and downloads their export as JSON and as the Markdown zip,
// one request at a time, and reports the median time and the size of each. The figure to watch is the
// ratio between sizes: an export reads the caller's own history, so a 10× bigger company should cost
// about the same.
//
// Options: --sizes 1000,10000  --engines sqlite  --runs 5  --seed 42
import { parseArgs } from "node:util";
import { buildWebIfStale } from "../scripts/build-if-stale.mjs";
import { buildServerIfStale } from "../scripts/build-server.mjs";
import type { Engine } from "../server/db/database.js";
import type { PostgresCluster } from "../tests/support/postgres-cluster.js";
import { stopServerProcess } from "../tests/support/server-process.js";
import { datasetArgs, datasetOptions, measureEachDataset } from "./run/each-dataset.js";
import { serveDataset } from "./run/serve-dataset.js";

const { values: args } = parseArgs({
  options: {
    ...datasetOptions({ sizes: "1000,10000", engines: "sqlite" }),
    runs: { type: "string", default: "5" },
  },
});
const DATASETS = datasetArgs(args);
const RUNS = Number(args.runs);

interface ExportRow {
  engine: Engine;
  people: number;
  meetings: number;
  jsonMedianMs: number;
  jsonKb: number;
  zipMedianMs: number;
  zipKb: number;
  zipFiles: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Downloads `path` `RUNS` times after one warm-up; the median time and the body of the last. */
async function timeDownload(url: string, cookie: string): Promise<{ ms: number; body: Buffer }> {
  const once = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.toString().slice(0, 200)}`);
    return { ms: performance.now() - started, body };
  };
  await once();
  const times: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < RUNS; i++) {
    const run = await once();
    times.push(run.ms);
    body = run.body;
  }
  return { ms: Math.round(median(times) * 10) / 10, body };
}

async function measure(engine: Engine, people: number, cluster: PostgresCluster | null) {
  const { server, cookie } = await serveDataset(engine, people, cluster, DATASETS.seed);
  try {
    const json = await timeDownload(`${server.base}/api/v1/export`, cookie);
    const zip = await timeDownload(`${server.base}/api/v1/export/markdown`, cookie);
    const { unzipSync } = await import("fflate");
    const row: ExportRow = {
      engine,
      people,
      meetings: (JSON.parse(json.body.toString()) as { meetings: unknown[] }).meetings.length,
      jsonMedianMs: json.ms,
      jsonKb: Math.round(json.body.length / 1024),
      zipMedianMs: zip.ms,
      zipKb: Math.round(zip.body.length / 1024),
      zipFiles: Object.keys(unzipSync(new Uint8Array(zip.body))).length,
    };
    process.stdout.write(`  ${JSON.stringify(row)}\n`);
    return row;
  } finally {
    await stopServerProcess(server);
  }
}

async function main() {
  buildWebIfStale();
  await buildServerIfStale();
  const rows = await measureEachDataset(DATASETS.engines, DATASETS.sizes, async (engine, people, cluster) => [
    await measure(engine, people, cluster),
  ]);
  console.table(rows);
  for (const row of rows) {
    const smaller = rows.find((r) => r.engine === row.engine && r.people * 10 === row.people);
    if (!smaller) continue;
    process.stdout.write(
      `${row.engine} ${smaller.people}→${row.people} people: JSON ×${(row.jsonMedianMs / smaller.jsonMedianMs).toFixed(2)}, ` +
        `zip ×${(row.zipMedianMs / smaller.zipMedianMs).toFixed(2)}\n`,
    );
  }
}

await main();
