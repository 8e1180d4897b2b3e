import { useState } from "react";
import type { MessageKey } from "../../../shared/i18n/translate.js";
import type { OutboxMessage } from "../../../shared/schemas/outbox.js";
import { listOutbox } from "../api/outbox.js";
import { PageHeader } from "../components/PageHeader.js";
import { EmptyState, LoadedPage } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { formatDateTime } from "../i18n/format.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";

const BADGE: Record<OutboxMessage["status"], string> = {
  pending: "badge-neutral",
  sending: "badge-neutral",
  sent: "badge-accent",
  failed: "badge-danger",
  logged: "badge-warning",
};

/** Why a hidden link is hidden, and whether the e-mail carrying it has gone out. */
const LINK_HIDDEN: Record<OutboxMessage["status"], MessageKey> = {
  pending: "outbox.linkHiddenUnsent",
  sending: "outbox.linkHiddenUnsent",
  sent: "outbox.linkHidden",
  failed: "outbox.linkHiddenUnsent",
  logged: "outbox.linkHiddenKept",
};

/** The workspace's e-mail log for admins: delivery state of every message, text only where it holds no 1:1 content. */
export default function OutboxPage() {
  const { t, tn, locale, timeZone } = useI18n();
  const { membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const first = useResource(() => listOutbox(orgId), orgId);
  const [more, setMore] = useState<OutboxMessage[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  useDocumentTitle(t("outbox.title"));
  const messages = [...(first.data?.messages ?? []), ...more];
  const next = cursor === undefined ? first.data?.nextCursor : cursor;
  const loadMore = async () => {
    if (!next) return;
    const page = await listOutbox(orgId, next);
    setMore((list) => [...list, ...page.messages]);
    setCursor(page.nextCursor);
  };
  return (
    <LoadedPage header={<PageHeader title={t("outbox.title")} description={t("outbox.lead")} />} resource={first}>
      {({ smtpConfigured }) => (
        <>
          <p className={`callout ${smtpConfigured ? "" : "callout-warning"}`}>
            {smtpConfigured ? t("outbox.smtpOn") : t("outbox.smtpOff")}
          </p>
          {messages.length === 0 ? (
            <EmptyState icon="mail" title={t("outbox.title")}>
              <p>{t("outbox.empty")}</p>
            </EmptyState>
          ) : (
            <ul className="invitation-list">
              {messages.map((m) => (
                <li key={m.id} className="card outbox-item">
                  <p className="person-name">
                    {m.subject}{" "}
                    <span className={`badge ${BADGE[m.status]}`}>{t(`outbox.status.${m.status}` as MessageKey)}</span>
                  </p>
                  <p className="person-email">
                    {t("outbox.to", { email: m.toEmail })} · {formatDateTime(m.createdAt, locale, timeZone)}
                    {m.attempts > 0 ? ` · ${tn("outbox.attempts", m.attempts)}` : ""}
                  </p>
                  {m.lastError ? <p className="field-error">{m.lastError}</p> : null}
                  {m.body === null ? (
                    <p className="muted">{t("outbox.private")}</p>
                  ) : (
                    <details>
                      <summary>{t("outbox.showBody")}</summary>
                      <pre className="outbox-body">{m.body}</pre>
                      {m.linksHidden > 0 ? <p className="field-hint">{t(LINK_HIDDEN[m.status])}</p> : null}
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
          {next ? (
            <button type="button" className="btn btn-secondary" onClick={loadMore}>
              {t("outbox.more")}
            </button>
          ) : null}
        </>
      )}
    </LoadedPage>
  );
}
