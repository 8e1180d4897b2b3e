/** Builds the web app when it is missing or older than its sources. */
export function buildWebIfStale(): void;
