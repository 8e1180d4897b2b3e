import { useId } from "react";
import { useI18n } from "../../i18n/I18nProvider.js";
import { CopyButton } from "../CopyButton.js";
import { Icon } from "../Icon.js";

/** The signing secret right after creation or rotation: shown this once, with a copy button. */
export function WebhookSecretNotice({
  url,
  secret,
  onDismiss,
}: {
  url: string;
  secret: string;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="token-reveal" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="callout-title">
        <Icon name="key" /> {t("webhooks.secretTitle", { url })}
      </p>
      <p className="callout callout-warning">
        <Icon name="alert" />
        <span>{t("webhooks.secretWarning")}</span>
      </p>
      <label htmlFor={id} className="visually-hidden">
        {t("webhooks.secretLabel")}
      </label>
      <div className="input-with-button">
        <input id={id} className="input input-mono" value={secret} readOnly onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={secret} label={t("webhooks.copySecret")} />
      </div>
      <button type="button" className="btn btn-secondary btn-sm" onClick={onDismiss}>
        {t("webhooks.secretSaved")}
      </button>
    </section>
  );
}
