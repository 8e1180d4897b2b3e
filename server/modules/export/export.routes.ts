import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { userExportSchema, workspaceExportSchema } from "../../../shared/schemas/export.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { exportUserData, exportUserZip, exportWorkspace } from "./export.service.js";

const tags = ["export"];
const attachment = (filename: string) => `attachment; filename="${filename}"`;

/** "Own your data": a person's export (JSON or Markdown zip) and an admin's workspace-structure export. */
export const exportRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/export",
    {
      schema: {
        tags,
        summary: "Everything you may see, as versioned JSON (format rapport-export, version 1)",
        description:
          "Your 1:1s with their meetings, agenda, shared notes, actions, check-ins, feedback, goals and standing items, plus your own private notes and ratings — never anyone else's private notes. Add ?download=1 to get it as a file.",
        querystring: z.object({ download: z.enum(["0", "1"]).optional() }),
        response: { 200: userExportSchema },
      },
    },
    async (request, reply) => {
      const data = await exportUserData(deps, requireActor(request));
      if (request.query.download === "1") {
        reply.header("content-disposition", attachment(`rapport-export-${data.exportedAt.slice(0, 10)}.json`));
      }
      return data;
    },
  );
  r.get(
    "/export/markdown",
    {
      schema: {
        tags,
        summary: "Everything you may see, as a zip of Markdown files",
        description:
          "One file per meeting (the template's sections with talking points, notes, actions, check-in and feedback) and one overview per 1:1 (goals, open actions, meetings), plus the JSON document.",
        produces: ["application/zip"],
        response: { 200: z.any().describe("application/zip") },
      },
    },
    async (request, reply) => {
      const { zip, filename } = await exportUserZip(deps, requireActor(request));
      return reply
        .type("application/zip")
        .header("content-disposition", attachment(filename))
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  );
  r.get(
    "/orgs/:orgId/export",
    {
      schema: {
        tags,
        summary: "The workspace's structure (admins): people, reporting lines, templates and 1:1 — no content",
        params: orgParamsSchema,
        querystring: z.object({ download: z.enum(["0", "1"]).optional() }),
        response: { 200: workspaceExportSchema },
      },
    },
    async (request, reply) => {
      const data = await exportWorkspace(deps, requireActor(request), request.params.orgId);
      if (request.query.download === "1") {
        reply.header("content-disposition", attachment(`rapport-workspace-${data.exportedAt.slice(0, 10)}.json`));
      }
      return data;
    },
  );
};
