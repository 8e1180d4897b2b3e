import { z } from "zod";
import { idSchema, isoDateTime } from "./common.js";

/** `read` allows GET requests; `write` allows the rest. */
export const tokenScopeSchema = z.enum(["read", "write"]);
export type TokenScope = z.infer<typeof tokenScopeSchema>;
export const TOKEN_SCOPES = tokenScopeSchema.options;

export const createTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(80),
  /** Defaults to read-only; "write" implies "read". */
  scopes: z.array(tokenScopeSchema).min(1).max(2).default(["read"]),
  /** Needed unless the session signed in within the last 15 minutes (sudo mode). */
  currentPassword: z.string().min(1).max(200).optional(),
});
export type CreateTokenBody = z.input<typeof createTokenBodySchema>;

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(tokenScopeSchema),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** The secret is only ever returned by the create call. */
export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof createdTokenSchema>;
export const tokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });
export const tokenParamsSchema = z.object({ id: idSchema });
