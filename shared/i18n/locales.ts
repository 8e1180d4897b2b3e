import type { Locale } from "../schemas/common.js";

/**
 * The shipped locales, free of zod so the browser bundle can import them
 * (shared/schemas/common.ts pulls in zod). The type below keeps both lists equal.
 */
export const SUPPORTED_LOCALES = ["en", "pt-BR", "es"] as const satisfies readonly Locale[];

type Missing = Exclude<Locale, (typeof SUPPORTED_LOCALES)[number]>;
const everyLocaleListed: Missing extends never ? true : false = true;
void everyLocaleListed;
