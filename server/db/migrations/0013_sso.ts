import type { Kysely } from "kysely";

/**
 * Single sign-on with OpenID Connect: one identity provider per workspace, and
 * the short-lived sign-in attempts (state, nonce, PKCE verifier) kept on the
 * server so a callback can be used once only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("sso_configs")
    .addColumn("organization_id", "varchar(64)", (c) =>
      c.primaryKey().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("issuer_url", "varchar(500)", (c) => c.notNull())
    .addColumn("client_id", "varchar(300)", (c) => c.notNull())
    // AES-256-GCM under a key derived from the server secret; never returned by the API.
    .addColumn("client_secret_sealed", "text", (c) => c.notNull())
    .addColumn("email_domain", "varchar(253)", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  // One workspace per e-mail domain, so "sign in with your work e-mail" has one answer.
  await db.schema
    .createIndex("sso_configs_email_domain_idx")
    .unique()
    .on("sso_configs")
    .column("email_domain")
    .execute();

  await db.schema
    .createTable("sso_login_attempts")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("state_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("nonce", "varchar(128)", (c) => c.notNull())
    .addColumn("code_verifier", "varchar(128)", (c) => c.notNull())
    .addColumn("return_to", "varchar(500)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sso_login_attempts_organization_id_fk_idx")
    .on("sso_login_attempts")
    .column("organization_id")
    .execute();
  await db.schema
    .createIndex("sso_login_attempts_expires_at_idx")
    .on("sso_login_attempts")
    .column("expires_at")
    .execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
