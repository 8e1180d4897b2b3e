import type { MessageKey } from "../../../../shared/i18n/en.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Dialog } from "../Dialog.js";
import { SHORTCUTS } from "./shortcuts.js";

/** The run-mode keys, opened with `?`. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} onClose={onClose} title={t("shortcuts.title")} size="small">
      <p className="dialog-description">{t("shortcuts.lead")}</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.key}>
            <dt>
              <kbd>{shortcut.key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${shortcut.action}` as MessageKey)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Alt</kbd> + <kbd>↑</kbd> <kbd>↓</kbd>
          </dt>
          <dd>{t("shortcuts.reorder")}</dd>
        </div>
      </dl>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
          {t("common.done")}
        </button>
      </div>
    </Dialog>
  );
}
