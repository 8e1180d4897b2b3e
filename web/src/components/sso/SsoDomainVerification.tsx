import { useState } from "react";
import type { SsoConfig, SsoSettingsResponse } from "../../../../shared/schemas/sso.js";
import { errorMessage } from "../../api/errorMessage.js";
import { verifySsoDomain } from "../../api/sso.js";
import { formatDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { CopyButton } from "../CopyButton.js";
import { FormError } from "../Field.js";
import { useToast } from "../Toasts.js";
import { ReauthCancelled } from "./useReauth.js";

/**
 * The e-mail domain's proof of control: the TXT record to publish and the
 * button that checks it. Until verified, the domain routes nobody and the
 * provider creates no accounts.
 */
export function SsoDomainVerification({
  orgId,
  sso,
  onVerified,
  reauth,
}: {
  orgId: string;
  sso: SsoConfig;
  onVerified: (next: SsoSettingsResponse) => void;
  reauth: <T>(call: (currentPassword?: string) => Promise<T>) => Promise<T>;
}) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const verify = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onVerified(await reauth((currentPassword) => verifySsoDomain(orgId, currentPassword)));
      toast.success(t("sso.settings.verified"));
    } catch (failure) {
      if (!(failure instanceof ReauthCancelled)) setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="sso-domain-title">
      <div className="card-header">
        <h2 id="sso-domain-title">{t("sso.settings.verifyTitle")}</h2>
        {sso.domainVerifiedAt ? (
          <p>
            <span className="badge badge-success">
              {t("sso.settings.domainVerified", { date: formatDate(sso.domainVerifiedAt, locale, timeZone) })}
            </span>
          </p>
        ) : (
          <p className="muted">{t("sso.settings.domainUnverified")}</p>
        )}
      </div>
      {sso.domainVerifiedAt ? null : (
        <div className="stack">
          <p className="muted">{t("sso.settings.verifyHint", { domain: sso.emailDomain })}</p>
          <div className="sso-redirect">
            <code className="sso-redirect-uri">{sso.domainTxtRecord}</code>
            <CopyButton text={sso.domainTxtRecord} label={t("sso.settings.copyRecord")} />
          </div>
          <FormError message={error} />
          <div>
            <button type="button" className="btn btn-secondary" onClick={verify} aria-disabled={busy || undefined}>
              {t("sso.settings.verify")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
