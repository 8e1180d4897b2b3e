import type { Person, UpdatePersonBody } from "../../../shared/schemas/people.js";
import { request } from "./client.js";

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/people`;

/** Everyone in the organization, active or not. */
export const listPeople = (orgId: string) => request<{ people: Person[] }>("GET", base(orgId));

/** Changes a person's role, manager or status (admins only). */
export const updatePerson = (orgId: string, userId: string, body: UpdatePersonBody) =>
  request<{ person: Person }>("PATCH", `${base(orgId)}/${encodeURIComponent(userId)}`, body);
