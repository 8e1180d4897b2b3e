import { useState } from "react";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { WebhookDelivery } from "../../../../shared/schemas/webhooks.js";
import { listWebhookDeliveries } from "../../api/webhooks.js";
import { useResource } from "../../hooks/useResource.js";
import { formatDateTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ErrorState, LoadingState } from "../States.js";

const BADGE: Record<string, string> = {
  pending: "badge-neutral",
  sending: "badge-neutral",
  delivered: "badge-success",
  failed: "badge-danger",
  retrying: "badge-warning",
};

/** "failed" with a next try still coming reads as retrying. */
const shownStatus = (d: WebhookDelivery) => (d.status === "failed" && d.nextAttemptAt ? "retrying" : d.status);

function DeliveryRow({ d }: { d: WebhookDelivery }) {
  const { t, locale, timeZone } = useI18n();
  const status = shownStatus(d);
  return (
    <tr>
      <td>
        <code className="webhook-code">{d.eventType}</code>
      </td>
      <td>
        <span className={`badge ${BADGE[status]}`}>{t(`webhooks.status.${status}` as MessageKey)}</span>
      </td>
      <td className="num">{d.attempts}</td>
      <td>
        {d.responseStatus === null ? (
          <span className="muted">{t("webhooks.noResponse")}</span>
        ) : (
          `HTTP ${d.responseStatus}`
        )}
      </td>
      <td>{formatDateTime(d.createdAt, locale, timeZone)}</td>
      <td>{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt, locale, timeZone) : "—"}</td>
      <td>
        <details className="webhook-details">
          <summary>{t("webhooks.details")}</summary>
          {d.lastError ? (
            <p className="field-error">
              {t("webhooks.error")}: {d.lastError}
            </p>
          ) : null}
          <p className="muted">{t("webhooks.payload")}</p>
          <pre className="outbox-body">{d.payload}</pre>
          {d.responseBody ? (
            <>
              <p className="muted">{t("webhooks.responseBody")}</p>
              <pre className="outbox-body">{d.responseBody}</pre>
            </>
          ) : null}
        </details>
      </td>
    </tr>
  );
}

/** An endpoint's delivery log: status, tries, response code and the next try, newest first. */
export function WebhookDeliveryLog({
  orgId,
  webhookId,
  version,
}: {
  orgId: string;
  webhookId: string;
  version: number;
}) {
  const { t } = useI18n();
  const first = useResource(() => listWebhookDeliveries(orgId, webhookId), `${webhookId}:${version}`);
  const [more, setMore] = useState<WebhookDelivery[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  if (!first.data) return first.error ? <ErrorState error={first.error} onRetry={first.reload} /> : <LoadingState />;
  const deliveries = [...first.data.deliveries, ...more];
  const next = cursor === undefined ? first.data.nextCursor : cursor;
  if (deliveries.length === 0) return <p className="muted">{t("webhooks.logEmpty")}</p>;
  const loadMore = async () => {
    if (!next) return;
    const page = await listWebhookDeliveries(orgId, webhookId, next);
    setMore((list) => [...list, ...page.deliveries]);
    setCursor(page.nextCursor);
  };
  return (
    <div className="webhook-log">
      <div className="table-scroll">
        <table className="webhook-table">
          <thead>
            <tr>
              <th scope="col">{t("webhooks.col.event")}</th>
              <th scope="col">{t("webhooks.col.status")}</th>
              <th scope="col">{t("webhooks.col.attempts")}</th>
              <th scope="col">{t("webhooks.col.response")}</th>
              <th scope="col">{t("webhooks.col.when")}</th>
              <th scope="col">{t("webhooks.col.next")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("webhooks.details")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <DeliveryRow key={d.id} d={d} />
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <button type="button" className="btn btn-secondary btn-sm" onClick={loadMore}>
          {t("webhooks.more")}
        </button>
      ) : null}
    </div>
  );
}
