import { useState } from "react";
import { useT } from "../i18n/I18nProvider.js";
import { Icon } from "./Icon.js";
import { useToast } from "./Toasts.js";

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-HTTP deployments have no async clipboard; fall back to a hidden textarea.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy failed");
}

type CopyButtonProps = {
  text: string;
  label?: string;
  className?: string;
  /** Extra words for screen readers, e.g. whose link this is. */
  context?: string;
};

/** Copies `text` to the clipboard and confirms with a toast. */
export function CopyButton({ text, label, className = "btn btn-secondary", context }: CopyButtonProps) {
  const t = useT();
  const toast = useToast();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await copyText(text);
      setCopied(true);
      toast.success(t("common.copied"));
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error(t("common.copyFailed"));
    }
  };

  return (
    <button type="button" className={className} onClick={copy}>
      <Icon name={copied ? "check" : "copy"} />
      <span>{label ?? t("common.copy")}</span>
      {context ? <span className="visually-hidden"> {context}</span> : null}
    </button>
  );
}

/** A read-only value, selected whole on focus, with a button that copies it. */
export function CopyField({ id, value, copyLabel }: { id: string; value: string; copyLabel: string }) {
  return (
    <div className="input-with-button">
      <input id={id} className="input input-mono" value={value} readOnly onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={value} label={copyLabel} />
    </div>
  );
}
