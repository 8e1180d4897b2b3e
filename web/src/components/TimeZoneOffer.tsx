import { useMemo, useState } from "react";
import { updateMe } from "../api/auth.js";
import { useFormSubmit } from "../hooks/useFormSubmit.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSession, useSignedIn } from "../session/SessionProvider.js";
import { deviceTimeZone } from "../time/timeZoneOptions.js";
import { zoneCity } from "../time/zonedTime.js";
import { declineZone, hasDeclinedZone } from "../time/zoneOfferMemory.js";
import { FormError } from "./Field.js";
import { Icon } from "./Icon.js";
import { useToast } from "./Toasts.js";

/**
 * When this device is on another time zone than the saved one, offers to switch to it
 * ("Your computer is on São Paulo time. Use it?"); a "keep" is remembered per zone, so it asks once.
 */
export function TimeZoneOffer() {
  const { t } = useI18n();
  const toast = useToast();
  const { me } = useSignedIn();
  const { updateUser } = useSession();
  const { busy, formError, send } = useFormSubmit();
  const device = useMemo(deviceTimeZone, []);
  const { id: userId, timezone: saved } = me.user;
  const [declined, setDeclined] = useState(() => hasDeclinedZone(userId, device));
  if (device === saved || declined) return null;

  const zone = zoneCity(device);
  const use = () => {
    if (busy) return;
    return send(async () => {
      const { user } = await updateMe({ timezone: device });
      updateUser(user);
      toast.success(t("timeZone.offer.switched", { zone }));
    });
  };
  const keep = () => {
    declineZone(userId, device);
    setDeclined(true);
  };

  return (
    <section className="callout zone-offer" aria-label={t("fields.timezone")}>
      <Icon name="clock" size={18} />
      <div className="zone-offer-body">
        <p>{t("timeZone.offer.text", { zone })}</p>
        <FormError message={formError} />
        <div className="zone-offer-actions">
          <button type="button" className="btn btn-primary btn-sm" onClick={use} aria-busy={busy || undefined}>
            {t("timeZone.offer.use", { zone })}
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={keep}>
            {t("timeZone.offer.keep", { saved: zoneCity(saved) })}
          </button>
        </div>
      </div>
    </section>
  );
}
