import { useState } from "react";
import { errorMessage } from "../api/errorMessage.js";
import { getSsoSettings, removeSsoSettings } from "../api/sso.js";
import { Card } from "../components/Card.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { CopyButton } from "../components/CopyButton.js";
import { PageHeader } from "../components/PageHeader.js";
import { Loaded } from "../components/States.js";
import { SsoDomainVerification } from "../components/sso/SsoDomainVerification.js";
import { SsoSettingsForm } from "../components/sso/SsoSettingsForm.js";
import { ReauthCancelled, useReauth } from "../components/sso/useReauth.js";
import { useToast } from "../components/Toasts.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useT } from "../i18n/I18nProvider.js";
import { canManagePeople } from "../session/currentOrg.js";
import { useSignedIn } from "../session/SessionProvider.js";

type AddressCardProps = { titleId: string; title: string; lead: string; address: string; copyLabel: string };

/** An address the admin copies elsewhere (into the provider, to the team), with what it is for. */
function AddressCard({ titleId, title, lead, address, copyLabel }: AddressCardProps) {
  return (
    <Card titleId={titleId} title={title} lead={lead}>
      <div className="sso-redirect">
        <code className="sso-redirect-uri">{address}</code>
        <CopyButton text={address} label={copyLabel} />
      </div>
    </Card>
  );
}

/** Workspace single sign-on (admins): the redirect URI to register, the provider's settings, removal. */
export default function SsoSettingsPage() {
  const t = useT();
  const toast = useToast();
  const { membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const isAdmin = canManagePeople(membership);
  const data = useResource(() => (isAdmin ? getSsoSettings(orgId) : Promise.resolve(null)), orgId);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const reauth = useReauth();
  useDocumentTitle(t("sso.settings.title"));

  const sso = data.data?.sso ?? null;
  const startLink = `${window.location.origin}/api/v1/auth/sso/start?orgId=${encodeURIComponent(orgId)}`;
  const status = sso
    ? sso.enabled
      ? t("sso.settings.statusOn")
      : t("sso.settings.statusOff")
    : t("sso.settings.notSet");

  return (
    <div className="page page-narrow">
      <PageHeader
        title={t("sso.settings.title")}
        description={t("sso.settings.lead")}
        actions={
          isAdmin && data.data ? (
            <span className={`badge ${sso?.enabled ? "badge-success" : "badge-neutral"}`}>{status}</span>
          ) : undefined
        }
      />
      {!isAdmin ? (
        <p className="muted">{t("sso.settings.adminOnly")}</p>
      ) : (
        <Loaded resource={data}>
          {({ redirectUri }) => (
            <div className="stack">
              <AddressCard
                titleId="sso-redirect-title"
                title={t("sso.settings.redirectTitle")}
                lead={t("sso.settings.redirectHint")}
                address={redirectUri}
                copyLabel={t("sso.settings.copyRedirect")}
              />
              {sso ? (
                <AddressCard
                  titleId="sso-start-title"
                  title={t("sso.settings.startLinkTitle")}
                  lead={t("sso.settings.startLinkHint")}
                  address={startLink}
                  copyLabel={t("sso.settings.copyStartLink")}
                />
              ) : null}
              <SsoSettingsForm
                key={sso?.updatedAt ?? "new"}
                orgId={orgId}
                current={sso}
                onSaved={(next) => data.setData((prev) => (prev ? { ...prev, sso: next } : prev))}
                reauth={reauth.run}
              />
              {sso ? (
                <SsoDomainVerification orgId={orgId} sso={sso} onVerified={data.setData} reauth={reauth.run} />
              ) : null}
              <p className="muted">{t("sso.settings.ownersNotified")}</p>
              <p className="muted">{t("sso.settings.docs")}</p>
              {sso ? (
                <div>
                  <button type="button" className="btn btn-ghost-danger" onClick={() => setConfirmRemove(true)}>
                    {t("sso.settings.remove")}
                  </button>
                </div>
              ) : null}
            </div>
          )}
        </Loaded>
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={t("sso.settings.removeTitle")}
        message={t("sso.settings.removeBody")}
        confirmLabel={t("sso.settings.remove")}
        onConfirm={async () => {
          try {
            await reauth.run((currentPassword) => removeSsoSettings(orgId, currentPassword));
            data.setData((prev) => (prev ? { ...prev, sso: null } : prev));
            toast.success(t("sso.settings.removed"));
          } catch (error) {
            if (!(error instanceof ReauthCancelled)) toast.error(errorMessage(t, error));
          }
        }}
        onClose={() => setConfirmRemove(false)}
      />
      {reauth.dialog}
    </div>
  );
}
