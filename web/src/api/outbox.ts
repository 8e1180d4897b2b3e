import type { OutboxList } from "../../../shared/schemas/outbox.js";
import { request } from "./client.js";

/** A page of the workspace's e-mail log (admins). */
export const listOutbox = (orgId: string, before?: string) =>
  request<OutboxList>(
    "GET",
    `/api/v1/orgs/${encodeURIComponent(orgId)}/outbox${before ? `?before=${encodeURIComponent(before)}` : ""}`,
  );
