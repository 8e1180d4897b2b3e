import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  /** autocannon has no p95; p97.5 bounds it from above. */
  p97_5Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

function run(url: string, headers: Record<string, string>, connections: number, seconds: number) {
  return autocannon({ url, headers, connections, duration: seconds });
}

/** Loads one URL after a warm-up (discarded), like a browser polling it from `connections` tabs at once. */
export async function measureLoad(
  url: string,
  headers: Record<string, string>,
  options: LoadOptions,
): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(url, headers, options.connections, options.warmupSeconds);
  const result = await run(url, headers, options.connections, options.seconds);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
