import { z } from "zod";
import { idSchema, isoDateTime, patchBodySchema } from "./common.js";

export const SYSTEM_TEMPLATE_ID = "system-default";

export const templateSectionSchema = z.object({
  key: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9_-]+$/, "lower-case letters, digits, - and _ only"),
  title: z.string().trim().min(1).max(120),
  minutes: z.number().int().min(0).max(180),
  prompts: z.array(z.string().trim().min(1).max(300)).max(12),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const templateSectionsSchema = z
  .array(templateSectionSchema)
  .min(1)
  .max(12)
  .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, {
    message: "section keys must be unique",
  });

export const templateScopeSchema = z.enum(["system", "organization", "personal"]);
export type TemplateScope = z.infer<typeof templateScopeSchema>;

export const templateSchema = z.object({
  id: idSchema,
  name: z.string(),
  scope: templateScopeSchema,
  sections: z.array(templateSectionSchema),
  ownerId: idSchema.nullable(),
  archived: z.boolean(),
  createdAt: isoDateTime.nullable(),
  updatedAt: isoDateTime.nullable(),
});
export type Template = z.infer<typeof templateSchema>;

export const templateListSchema = z.object({ templates: z.array(templateSchema) });
export const templateListQuerySchema = z.object({ includeArchived: z.enum(["true", "false"]).optional() });
export const createTemplateBodySchema = z.object({
  name: z.string().trim().min(1).max(120),
  scope: z.enum(["organization", "personal"]),
  sections: templateSectionsSchema,
});
export type CreateTemplateBody = z.infer<typeof createTemplateBodySchema>;
export const updateTemplateBodySchema = patchBodySchema({
  name: z.string().trim().min(1).max(120),
  sections: templateSectionsSchema,
  archived: z.boolean(),
});
export type UpdateTemplateBody = z.infer<typeof updateTemplateBodySchema>;
export const templateParamsSchema = z.object({ id: idSchema });
export const templateResponseSchema = z.object({ template: templateSchema });
