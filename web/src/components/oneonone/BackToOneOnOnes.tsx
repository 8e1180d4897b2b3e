import { Link } from "wouter";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";

/** The breadcrumb back to the list of 1:1s. */
export function BackToOneOnOnes() {
  const { t } = useI18n();
  return (
    <p className="breadcrumb">
      <Link href="/one-on-ones" className="crumb-back">
        <Icon name="chevron-left" size={16} />
        {t("nav.oneOnOnes")}
      </Link>
    </p>
  );
}
