// Free of dependencies (no zod), so the meeting page's editor chunk can use it without loading the schemas.

/** The longest note, in UTF-16 code units (JavaScript's string length), through REST and the live channel alike. */
export const NOTE_BODY_MAX_LENGTH = 100_000;
