import { Link } from "wouter";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";

/** The primary call to start a new 1:1. */
export function StartOneOnOne() {
  const { t } = useI18n();
  return (
    <Link href="/one-on-ones/new" className="btn btn-primary">
      <Icon name="plus" />
      {t("home.startOneOnOne")}
    </Link>
  );
}
