import { z } from "zod";
import { idSchema, isoDateTime } from "./common.js";

/**
 * An aggregate of mood or rating (P4): null and suppressed when fewer than 5 people contribute
 * ("small_group"), or when it and another published figure would differ by fewer than 5 people,
 * so that one's value could be recovered by subtraction ("complementary").
 */
export const suppressibleAverageSchema = z.object({
  value: z.number().nullable(),
  people: z.number().int(),
  suppressed: z.boolean(),
  reason: z.enum(["small_group", "complementary"]).nullable(),
});

export const teamStatsSchema = z.object({
  manager: z.object({ id: idSchema, name: z.string() }),
  size: z.number().int(),
  pairs: z.number().int(),
  expected: z.number().int(),
  held: z.number().int(),
  canceled: z.number().int(),
  rescheduled: z.number().int(),
  adherence: z.number().int().nullable(),
  cancelRate: z.number().int().nullable(),
  rescheduleRate: z.number().int().nullable(),
  averageRating: suppressibleAverageSchema,
  averageMood: suppressibleAverageSchema,
});

export const analyticsSchema = z.object({
  windowDays: z.number().int(),
  /** The closed period the mood and rating averages cover: the last complete calendar month (UTC), [from, to). */
  aggregatePeriod: z.object({ from: isoDateTime, to: isoDateTime }),
  activePeople: z.number().int(),
  coverage: z.array(
    z.object({
      days: z.number().int(),
      covered: z.number().int(),
      uncovered: z.array(z.object({ id: idSchema, name: z.string(), managerId: idSchema.nullable() })),
    }),
  ),
  overall: teamStatsSchema.omit({ manager: true, size: true }),
  teams: z.array(teamStatsSchema),
  months: z.array(
    z.object({ month: z.string(), held: z.number().int(), canceled: z.number().int(), rescheduled: z.number().int() }),
  ),
});
export type Analytics = z.infer<typeof analyticsSchema>;
