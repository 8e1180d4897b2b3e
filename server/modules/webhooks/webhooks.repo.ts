import type { Insertable, Updateable } from "kysely";
import type { Executor } from "../../db/executor.js";
import { type Keyset, newestFirst } from "../../db/keyset.js";
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from "../../db/schema.js";

/** An endpoint by id, in any workspace. */
export function findEndpoint(db: Executor, id: string) {
  return db.selectFrom("webhookEndpoints").selectAll().where("id", "=", id).executeTakeFirst();
}

/** An endpoint by id, if it belongs to this workspace. */
export function findEndpointOf(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom("webhookEndpoints")
    .selectAll()
    .where("id", "=", id)
    .where("organizationId", "=", organizationId)
    .executeTakeFirst();
}

/** The workspace's endpoints, oldest first. */
export function listEndpoints(db: Executor, organizationId: string) {
  return db
    .selectFrom("webhookEndpoints")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
}

/** The workspace's enabled endpoints, with the events each subscribes to. */
export function listEnabledEndpoints(db: Executor, organizationId: string) {
  return db
    .selectFrom("webhookEndpoints")
    .select(["id", "events"])
    .where("organizationId", "=", organizationId)
    .where("enabled", "=", 1)
    .execute();
}

/** How many endpoints the workspace has. */
export async function countEndpoints(db: Executor, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom("webhookEndpoints")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("organizationId", "=", organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores an endpoint. */
export async function insertEndpoint(db: Executor, row: Insertable<WebhookEndpointsTable>): Promise<void> {
  await db.insertInto("webhookEndpoints").values(row).execute();
}

/** Changes an endpoint. */
export async function updateEndpoint(
  db: Executor,
  id: string,
  changes: Updateable<WebhookEndpointsTable>,
): Promise<void> {
  await db.updateTable("webhookEndpoints").set(changes).where("id", "=", id).execute();
}

/** Changes an endpoint's secret only if its version is still `secretVersion`; false if it moved on. */
export async function updateEndpointSecret(
  db: Executor,
  id: string,
  secretVersion: number,
  changes: Updateable<WebhookEndpointsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("webhookEndpoints")
    .set(changes)
    .where("id", "=", id)
    .where("secretVersion", "=", secretVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes an endpoint and its delivery log. */
export async function deleteEndpoint(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("webhookDeliveries").where("endpointId", "=", id).execute();
  await db.deleteFrom("webhookEndpoints").where("id", "=", id).execute();
}

/** Stores deliveries to send. */
export async function insertDeliveries(db: Executor, rows: Insertable<WebhookDeliveriesTable>[]): Promise<void> {
  await db.insertInto("webhookDeliveries").values(rows).execute();
}

/** A delivery by id. */
export function findDelivery(db: Executor, id: string) {
  return db.selectFrom("webhookDeliveries").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** Records the outcome of one attempt of a claimed delivery. */
export async function updateDelivery(
  db: Executor,
  id: string,
  outcome: Updateable<WebhookDeliveriesTable>,
): Promise<void> {
  await db.updateTable("webhookDeliveries").set(outcome).where("id", "=", id).execute();
}

/** A page of an endpoint's deliveries, newest first; one more than `limit` (see `keysetPage`). */
export function listDeliveryPage(db: Executor, endpointId: string, before: string | Keyset | null, limit: number) {
  return newestFirst(
    db.selectFrom("webhookDeliveries").selectAll().where("endpointId", "=", endpointId),
    { at: "createdAt", id: "id" },
    before,
    limit,
  ).execute();
}
