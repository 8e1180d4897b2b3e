import { z } from "zod";
import { idSchema, isoDateTime } from "./common.js";

export const createTokenBodySchema = z.object({ name: z.string().trim().min(1).max(80) });
export type CreateTokenBody = z.infer<typeof createTokenBodySchema>;

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  prefix: z.string(),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** The secret is only ever returned by the create call. */
export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof createdTokenSchema>;
export const tokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });
export const tokenParamsSchema = z.object({ id: idSchema });
