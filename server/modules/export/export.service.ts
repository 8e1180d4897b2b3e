import { strToU8, type Zippable, zipSync } from "fflate";
import type { UserExport, WorkspaceExport } from "../../../shared/schemas/export.js";
import type { Actor, Deps } from "../../context.js";
import { withReadSnapshot } from "../../db/read-snapshot.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import { loadUserRows, loadWorkspaceRows } from "./export.repo.js";
import { presentUserExport, presentWorkspaceExport } from "./present-export.js";
import { renderMarkdownExport } from "./render-markdown.js";

/** Everything the caller may see, as the versioned JSON document (P1, P2: only their own private notes and ratings). */
export async function exportUserData(deps: Deps, actor: Actor): Promise<UserExport> {
  const rows = await withReadSnapshot(deps, (trx) => loadUserRows(trx, actor.userId, actor.organizationScope));
  return presentUserExport(rows, deps.clock.now().toISOString());
}

/** The caller's export as a zip of Markdown files, with the JSON document beside them. */
export async function exportUserZip(deps: Deps, actor: Actor): Promise<{ zip: Uint8Array; filename: string }> {
  const data = await exportUserData(deps, actor);
  const mtime = new Date(data.exportedAt);
  const files: Zippable = {};
  for (const file of renderMarkdownExport(data)) files[`rapport/${file.path}`] = [strToU8(file.text), { mtime }];
  files["rapport/rapport-export.json"] = [strToU8(JSON.stringify(data, null, 2)), { mtime }];
  const zip = zipSync(files, { level: 6 });
  return { zip, filename: `rapport-export-${data.exportedAt.slice(0, 10)}.zip` };
}

/** A workspace's structure for its admins: people (no password hashes), reporting lines, templates, 1:1 (P3: no content). */
export async function exportWorkspace(deps: Deps, actor: Actor, organizationId: string): Promise<WorkspaceExport> {
  await requireAdmin(deps, actor, organizationId);
  const rows = await withReadSnapshot(deps, (trx) => loadWorkspaceRows(trx, organizationId));
  return presentWorkspaceExport(rows, deps.clock.now().toISOString());
}
