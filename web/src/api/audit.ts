import type { AuditList } from "../../../shared/schemas/audit.js";
import { request } from "./client.js";

/** A page of the workspace's audit log (admins), newest first. */
export const listAuditEvents = (orgId: string, before?: string) =>
  request<AuditList>(
    "GET",
    `/api/v1/orgs/${encodeURIComponent(orgId)}/audit${before ? `?before=${encodeURIComponent(before)}` : ""}`,
  );
