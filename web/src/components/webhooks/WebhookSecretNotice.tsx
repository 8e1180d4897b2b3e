import { useI18n } from "../../i18n/I18nProvider.js";
import { SecretNotice } from "../SecretNotice.js";

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
  return (
    <SecretNotice
      title={t("webhooks.secretTitle", { url })}
      warning={t("webhooks.secretWarning")}
      label={t("webhooks.secretLabel")}
      secret={secret}
      copyLabel={t("webhooks.copySecret")}
      dismissLabel={t("webhooks.secretSaved")}
      onDismiss={onDismiss}
    />
  );
}
