import { type FormEvent, useState } from "react";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { WebhookWithSecret } from "../../../../shared/schemas/webhooks.js";
import { WEBHOOK_EVENTS, type WebhookEventType } from "../../../../shared/webhook-events.js";
import { createWebhook } from "../../api/webhooks.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { FormError, TextField } from "../Field.js";
import { Icon } from "../Icon.js";

/** Adds an endpoint: its https:// address, an optional description and the events it hears about. */
export function WebhookForm({ orgId, onCreated }: { orgId: string; onCreated: (created: WebhookWithSecret) => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>([...WEBHOOK_EVENTS]);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [eventsError, setEventsError] = useState<string | null>(null);
  const { busy, formError, setFormError, send } = useFormSubmit();

  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((list) =>
      on ? WEBHOOK_EVENTS.filter((e) => e === event || list.includes(e)) : list.filter((e) => e !== event),
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const urlMissing = !url.trim();
    setUrlError(urlMissing ? t("webhooks.urlRequired") : null);
    setEventsError(events.length === 0 ? t("webhooks.eventsRequired") : null);
    setFormError(null);
    if (urlMissing || events.length === 0) return;
    await send(async () => {
      const created = await createWebhook(orgId, { url: url.trim(), description: description.trim(), events });
      setUrl("");
      setDescription("");
      onCreated(created);
    });
  };

  return (
    <Card titleId="webhook-add-title" title={t("webhooks.add")} lead={t("webhooks.addLead")}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t("webhooks.url")}
          type="url"
          inputMode="url"
          placeholder={t("webhooks.urlPlaceholder")}
          value={url}
          maxLength={2048}
          onChange={(e) => setUrl(e.target.value)}
          error={urlError}
        />
        <TextField
          label={t("webhooks.description")}
          optional={t("common.optional")}
          placeholder={t("webhooks.descriptionPlaceholder")}
          value={description}
          maxLength={200}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset className="webhook-events">
          <legend>{t("webhooks.events")}</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="check-label">
              <input
                type="checkbox"
                className="check"
                checked={events.includes(event)}
                onChange={(e) => toggle(event, e.target.checked)}
              />
              <span>
                {t(`webhooks.event.${event}` as MessageKey)} <code className="webhook-code">{event}</code>
              </span>
            </label>
          ))}
          {eventsError ? <p className="field-error">{eventsError}</p> : null}
        </fieldset>
        <FormError message={formError} />
        <div>
          <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
            <Icon name="plus" />
            {t("webhooks.add")}
          </button>
        </div>
      </form>
    </Card>
  );
}
