/** Lengths of time in milliseconds, for the generator's date arithmetic. */
export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
