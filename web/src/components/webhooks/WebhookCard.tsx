import { useState } from "react";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { Webhook, WebhookWithSecret } from "../../../../shared/schemas/webhooks.js";
import { errorMessage } from "../../api/errorMessage.js";
import { deleteWebhook, rotateWebhookSecret, sendTestWebhook, updateWebhook } from "../../api/webhooks.js";
import { formatDateTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";
import { WebhookDeliveryLog } from "./WebhookDeliveryLog.js";

type Props = {
  orgId: string;
  webhook: Webhook;
  onChanged: (webhook: Webhook) => void;
  onDeleted: (id: string) => void;
  onSecret: (created: WebhookWithSecret) => void;
};

/** One endpoint: its address and events, test / pause / rotate / delete, and its delivery log. */
export function WebhookCard({ orgId, webhook, onChanged, onDeleted, onSecret }: Props) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<"rotate" | "delete" | null>(null);
  const [logVersion, setLogVersion] = useState(0);

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      toast.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  const test = () =>
    run(async () => {
      const d = await sendTestWebhook(orgId, webhook.id);
      if (d.status === "delivered") toast.success(t("webhooks.testOk", { status: d.responseStatus ?? 0 }));
      else toast.error(t("webhooks.testFailed", { error: d.lastError ?? "" }));
      setLogVersion((v) => v + 1);
    });
  const toggle = () =>
    run(async () => {
      onChanged(await updateWebhook(orgId, webhook.id, { enabled: !webhook.enabled }));
      toast.success(t(webhook.enabled ? "webhooks.pausedToast" : "webhooks.resumedToast"));
    });

  return (
    <li className="card webhook-card">
      <div className="webhook-head">
        <div className="webhook-title">
          <p className="person-name webhook-url">
            {webhook.url}{" "}
            <span className={`badge ${webhook.enabled ? "badge-success" : "badge-neutral"}`}>
              {t(webhook.enabled ? "webhooks.on" : "webhooks.paused")}
            </span>
          </p>
          {webhook.description ? <p className="person-email">{webhook.description}</p> : null}
          <ul className="webhook-event-list" aria-label={t("webhooks.events")}>
            {webhook.events.map((e) => (
              <li key={e} className="badge badge-neutral" title={t(`webhooks.event.${e}` as MessageKey)}>
                {e}
              </li>
            ))}
          </ul>
          {webhook.previousSecretExpiresAt ? (
            <p className="field-hint">
              {t("webhooks.rotating", { date: formatDateTime(webhook.previousSecretExpiresAt, locale, timeZone) })}
            </p>
          ) : null}
        </div>
        <div className="webhook-actions">
          <button type="button" className="btn btn-secondary btn-sm" onClick={test} aria-disabled={busy || undefined}>
            <Icon name="play" />
            {t("webhooks.test")}
          </button>
          <button type="button" className="btn btn-secondary btn-sm" onClick={toggle} aria-disabled={busy || undefined}>
            <Icon name={webhook.enabled ? "pause" : "play"} />
            {t(webhook.enabled ? "webhooks.pause" : "webhooks.resume")}
          </button>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => setConfirm("rotate")}>
            <Icon name="key" />
            {t("webhooks.rotate")}
          </button>
          <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => setConfirm("delete")}>
            <Icon name="trash" />
            {t("webhooks.delete")}
          </button>
        </div>
      </div>
      <details className="webhook-log-toggle" open>
        <summary>{t("webhooks.log")}</summary>
        <WebhookDeliveryLog orgId={orgId} webhookId={webhook.id} version={logVersion} />
      </details>
      <ConfirmDialog
        open={confirm === "rotate"}
        title={t("webhooks.rotateTitle")}
        message={t("webhooks.rotateText")}
        confirmLabel={t("webhooks.rotate")}
        tone="primary"
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          run(async () => {
            const rotated = await rotateWebhookSecret(orgId, webhook.id);
            onChanged(rotated.webhook);
            onSecret(rotated);
          })
        }
      />
      <ConfirmDialog
        open={confirm === "delete"}
        title={t("webhooks.deleteTitle")}
        message={t("webhooks.deleteText")}
        confirmLabel={t("webhooks.delete")}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          run(async () => {
            await deleteWebhook(orgId, webhook.id);
            onDeleted(webhook.id);
            toast.success(t("webhooks.deleted"));
          })
        }
      />
    </li>
  );
}
