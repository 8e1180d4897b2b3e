import type { Kysely } from "kysely";

/**
 * SSO trust (P7): a workspace's e-mail domain routes sign-ins only once it is
 * verified (a DNS TXT record), so the domain is unique among verified
 * settings only; a person's identity at a workspace's provider is linked to
 * their account (issuer + subject), and an existing account is linked only
 * after its owner confirms with their password (a pending link, bound to the
 * browser that signed in).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sso_configs").addColumn("domain_verification_token", "varchar(64)").execute();
  // Set to email_domain once its TXT record was found; unique, so one workspace per verified domain.
  await db.schema.alterTable("sso_configs").addColumn("verified_domain", "varchar(253)").execute();
  await db.schema.alterTable("sso_configs").addColumn("domain_verified_at", "varchar(32)").execute();
  await db.schema
    .createIndex("sso_configs_verified_domain_idx")
    .unique()
    .on("sso_configs")
    .column("verified_domain")
    .execute();
  // An unverified claim blocks no one: the domain alone is no longer unique.
  await db.schema.dropIndex("sso_configs_email_domain_idx").execute();
  await db.schema.createIndex("sso_configs_email_domain_idx").on("sso_configs").column("email_domain").execute();

  await db.schema
    .createTable("sso_identities")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("issuer", "varchar(500)", (c) => c.notNull())
    .addColumn("subject", "varchar(255)", (c) => c.notNull())
    .addColumn("user_id", "varchar(64)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("confirmed_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sso_identities_org_issuer_subject_idx")
    .unique()
    .on("sso_identities")
    .columns(["organization_id", "issuer", "subject"])
    .execute();
  await db.schema.createIndex("sso_identities_user_id_fk_idx").on("sso_identities").column("user_id").execute();

  await db.schema
    .createTable("sso_pending_links")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("user_id", "varchar(64)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("issuer", "varchar(500)", (c) => c.notNull())
    .addColumn("subject", "varchar(255)", (c) => c.notNull())
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sso_pending_links_organization_id_fk_idx")
    .on("sso_pending_links")
    .column("organization_id")
    .execute();
  await db.schema.createIndex("sso_pending_links_user_id_fk_idx").on("sso_pending_links").column("user_id").execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
