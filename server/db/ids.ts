import { randomUUID } from "node:crypto";

/** A new random identifier for any row. */
export const newId = (): string => randomUUID();
