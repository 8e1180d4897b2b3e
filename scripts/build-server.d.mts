export const SERVER_BUNDLE: string;
/** Bundles the server into one ES module when it is missing or older than its sources. */
export function buildServerIfStale(): Promise<void>;
