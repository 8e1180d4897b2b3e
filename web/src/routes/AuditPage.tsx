import { useState } from "react";
import { Link } from "wouter";
import type { AuditEvent } from "../../../shared/schemas/audit.js";
import { listAuditEvents } from "../api/audit.js";
import { ApiError } from "../api/client.js";
import { AuditEntry } from "../components/audit/AuditEntry.js";
import { Icon } from "../components/Icon.js";
import { PageHeader } from "../components/PageHeader.js";
import { EmptyState, LoadedPage } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";
import "../styles/audit.css";

/** The workspace's audit log for owners and admins: security events only, never what anyone wrote. */
export default function AuditPage() {
  const { t } = useI18n();
  const { membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const isAdmin = membership?.role === "owner" || membership?.role === "admin";
  const first = useResource(
    () => (isAdmin ? listAuditEvents(orgId) : Promise.reject(new ApiError(403, "admin_required", ""))),
    `${orgId}|${isAdmin}`,
  );
  const [older, setOlder] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  useDocumentTitle(t("audit.title"));
  const header = <PageHeader title={t("audit.title")} description={t("audit.lead")} />;

  if (first.error instanceof ApiError && first.error.status === 403) {
    return (
      <div className="page">
        {header}
        <EmptyState icon="lock" title={t("audit.forbiddenTitle")}>
          <p>{t("audit.forbiddenText")}</p>
        </EmptyState>
      </div>
    );
  }
  const events = [...(first.data?.events ?? []), ...older];
  const next = cursor === undefined ? first.data?.nextCursor : cursor;
  const loadOlder = async () => {
    if (!next) return;
    setLoadingMore(true);
    try {
      const page = await listAuditEvents(orgId, next);
      setOlder((list) => [...list, ...page.events]);
      setCursor(page.nextCursor);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <LoadedPage header={header} resource={first}>
      {() => (
        <>
          <p className="audit-promise">
            <Icon name="lock" size={16} />
            <span>{t("audit.promise")}</span>
          </p>
          {events.length === 0 ? (
            <EmptyState
              icon="eye"
              title={t("audit.emptyTitle")}
              action={
                <Link href="/people" className="btn btn-secondary">
                  {t("nav.people")}
                </Link>
              }
            >
              <p>{t("audit.emptyText")}</p>
              <p>{t("audit.emptyHint")}</p>
            </EmptyState>
          ) : (
            <ol className="audit-list" aria-label={t("audit.listLabel")}>
              {events.map((event) => (
                <AuditEntry key={event.id} event={event} />
              ))}
            </ol>
          )}
          {next ? (
            <button type="button" className="btn btn-secondary audit-more" onClick={loadOlder} disabled={loadingMore}>
              {t("audit.more")}
            </button>
          ) : null}
        </>
      )}
    </LoadedPage>
  );
}
