import { useState } from "react";
import type { WebhookWithSecret } from "../../../shared/schemas/webhooks.js";
import { listWebhooks } from "../api/webhooks.js";
import { Icon } from "../components/Icon.js";
import { PageHeader } from "../components/PageHeader.js";
import { EmptyState, LoadedPage } from "../components/States.js";
import { useToast } from "../components/Toasts.js";
import { WebhookCard } from "../components/webhooks/WebhookCard.js";
import { WebhookForm } from "../components/webhooks/WebhookForm.js";
import { WebhookSecretNotice } from "../components/webhooks/WebhookSecretNotice.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";
import "../styles/webhooks.css";

/** Workspace admins' webhooks: endpoints, their signing secrets (shown once) and delivery logs. */
export default function WebhooksPage() {
  const { t } = useI18n();
  const toast = useToast();
  const { membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const list = useResource(() => listWebhooks(orgId).then((r) => r.webhooks), orgId);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  useDocumentTitle(t("webhooks.title"));

  const showSecret = (created: WebhookWithSecret) => setSecret({ url: created.webhook.url, secret: created.secret });
  const header = <PageHeader title={t("webhooks.title")} description={t("webhooks.lead")} />;
  return (
    <LoadedPage header={header} className="page webhooks-page" resource={list}>
      {(webhooks) => (
        <>
          <p className="callout">
            <Icon name="lock" />
            <span>{t("webhooks.privacy")}</span>
          </p>
          {secret ? (
            <WebhookSecretNotice url={secret.url} secret={secret.secret} onDismiss={() => setSecret(null)} />
          ) : null}
          {webhooks.length === 0 ? (
            <EmptyState icon="link" title={t("webhooks.emptyTitle")}>
              <p>{t("webhooks.emptyText")}</p>
              <p className="muted">{t("webhooks.emptyDocs")}</p>
            </EmptyState>
          ) : (
            <ul className="webhook-list">
              {webhooks.map((w) => (
                <WebhookCard
                  key={w.id}
                  orgId={orgId}
                  webhook={w}
                  onChanged={(changed) => list.setData((all) => all?.map((x) => (x.id === changed.id ? changed : x)))}
                  onDeleted={(id) => list.setData((all) => all?.filter((x) => x.id !== id))}
                  onSecret={showSecret}
                />
              ))}
            </ul>
          )}
          <WebhookForm
            orgId={orgId}
            onCreated={(created) => {
              list.setData((all) => [...(all ?? []), created.webhook]);
              showSecret(created);
              toast.success(t("webhooks.created"));
            }}
          />
        </>
      )}
    </LoadedPage>
  );
}
