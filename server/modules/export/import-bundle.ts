import type { z } from "zod";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, exportFileSchema } from "../../../shared/schemas/export.js";
import { AppError } from "../../http/errors.js";

/** One file handed to the importer: a name for messages and its parsed JSON. */
export interface ImportInput {
  name: string;
  content: unknown;
}

/** A validated file with the name it came from. */
export interface ImportFile {
  name: string;
  data: ExportFile;
}

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 20;

/** A 400 that lists what is wrong, one `file: path (record id): problem` per line. */
export function importInvalid(problems: string[]): AppError {
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length > MAX_LISTED ? [`…and ${problems.length - MAX_LISTED} more`] : [];
  return new AppError(400, "import_invalid", [...listed, ...more].join("\n"));
}

/** `meetings[3] (id 1f2e…).status`: the zod path, naming the record by its id when it has one. */
export function describePath(content: unknown, path: readonly PropertyKey[]): string {
  let text = "";
  let node: unknown = content;
  for (const [i, segment] of path.entries()) {
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === "number") {
      text += `[${segment}]`;
      const recordId = node && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
      if (typeof recordId === "string" && i < path.length - 1) text += ` (id ${recordId})`;
    } else {
      text += text ? `.${String(segment)}` : String(segment);
    }
  }
  return text || "(file)";
}

function headerProblem(content: unknown): string | null {
  if (!content || typeof content !== "object") return "not a JSON object";
  const { format, version } = content as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) return `format: expected "${EXPORT_FORMAT}", got ${JSON.stringify(format)}`;
  if (typeof version === "number" && version > EXPORT_VERSION) {
    return `version: ${version} is newer than this Rapport understands (${EXPORT_VERSION}); upgrade Rapport first`;
  }
  return null;
}

/** Validates every file against the export schema; all problems of all files in one 400. */
export function parseImportFiles(inputs: ImportInput[]): ImportFile[] {
  if (!inputs.length) throw importInvalid(["no files to import"]);
  const problems: string[] = [];
  const files: ImportFile[] = [];
  for (const input of inputs) {
    const header = headerProblem(input.content);
    if (header) {
      problems.push(`${input.name}: ${header}`);
      continue;
    }
    const parsed = exportFileSchema.safeParse(input.content);
    if (parsed.success) files.push({ name: input.name, data: parsed.data });
    else
      problems.push(
        ...parsed.error.issues.map(
          (issue: z.core.$ZodIssue) => `${input.name}: ${describePath(input.content, issue.path)}: ${issue.message}`,
        ),
      );
  }
  if (problems.length) throw importInvalid(problems);
  return files;
}
