import { z } from "zod";

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

export const cadenceFrequencySchema = z.enum(["weekly", "biweekly", "every_n_weeks", "monthly_nth_weekday", "none"]);
export type CadenceFrequency = z.infer<typeof cadenceFrequencySchema>;

/** How often a 1:1 recurs (DESIGN §5 cadence fields). */
export const cadenceSchema = z
  .object({
    frequency: cadenceFrequencySchema,
    interval: z.number().int().min(1).max(12).optional(),
    weekday: weekdaySchema.optional(),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.frequency === "every_n_weeks" && c.interval === undefined) {
      ctx.addIssue({ code: "custom", path: ["interval"], message: "Required for every_n_weeks" });
    }
    if (c.frequency === "monthly_nth_weekday") {
      if (!c.weekday) ctx.addIssue({ code: "custom", path: ["weekday"], message: "Required for monthly_nth_weekday" });
      if (c.nth === undefined)
        ctx.addIssue({ code: "custom", path: ["nth"], message: "Required for monthly_nth_weekday" });
    }
  });
export type Cadence = z.infer<typeof cadenceSchema>;

/** The cadence's nominal period in days, for gap and adherence arithmetic (monthly ≈ 30). */
export function cadencePeriodDays(cadence: Cadence): number | null {
  switch (cadence.frequency) {
    case "weekly":
      return 7;
    case "biweekly":
      return 14;
    case "every_n_weeks":
      return 7 * (cadence.interval ?? 1);
    case "monthly_nth_weekday":
      return 30;
    case "none":
      return null;
  }
}
