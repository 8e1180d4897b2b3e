import { createTranslator, type MessageKey, type Params } from "../../../shared/i18n/translate.js";
import type { Locale } from "../../../shared/schemas/common.js";
import type { OutgoingEmail } from "./mailer.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export interface EmailContent {
  locale: Locale;
  subject: MessageKey;
  body: MessageKey;
  params: Params;
  cta: { label: MessageKey; url: string };
}

/** Renders a localized e-mail as plain text and as simple, escaped HTML. */
export function renderEmail(to: string, content: EmailContent): OutgoingEmail {
  const t = createTranslator(content.locale);
  const subject = t(content.subject, content.params);
  const body = t(content.body, content.params);
  const footer = t("email.footer");
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`)
    .join("\n");
  const html = `<!doctype html><html lang="${content.locale}"><body style="font-family:system-ui,sans-serif;color:#1f2430;max-width:560px;margin:auto;padding:24px">
${paragraphs}
<p><a href="${escapeHtml(content.cta.url)}" style="display:inline-block;background:#3b5bdb;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(t(content.cta.label))}</a></p>
<p style="color:#6b7280;font-size:12px">${escapeHtml(footer)}</p>
</body></html>`;
  return { to, subject, text: `${body}\n\n--\n${footer}\n`, html };
}
