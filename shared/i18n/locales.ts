/**
 * The shipped locales; the first is the fallback. Free of zod so the browser
 * bundle can import it; shared/schemas/common.ts builds its schema from it.
 */
export const SUPPORTED_LOCALES = ["en", "pt-BR", "es"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
