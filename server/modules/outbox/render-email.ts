import { createTranslator } from "../../../shared/i18n/translate.js";
import type { Locale } from "../../../shared/schemas/common.js";
import type { OutgoingEmail } from "./mailer.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML; every user-supplied string passes through here. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * A name someone chose (a workspace, a person) made safe to show as plain text in an e-mail: mail
 * clients turn URL-like text into links, so "https://evil.example" or "www.evil.com" in a workspace
 * name would reach the recipient as a clickable link from Rapport's own address. A dot between two
 * letters or digits becomes a one-dot leader (U+2024), "://" gets a word joiner (U+2060) between
 * its slashes and "@" becomes a full-width at sign, so the text reads the same but is no link.
 * Use it on every name that goes into a subject or body; HTML escaping comes on top, in `renderEmail`.
 */
export function plainName(name: string): string {
  return name
    .replace(/(?<=[\p{L}\p{N}])[.。．](?=[\p{L}\p{N}])/gu, "\u2024")
    .replace(/:\/\//g, ":/\u2060/")
    .replace(/@/g, "\uFF20");
}

export interface EmailContent {
  locale: Locale;
  subject: string;
  /** Already translated paragraphs; a paragraph may hold line breaks. */
  paragraphs: string[];
  cta: { label: string; url: string };
}

/** Renders a localized e-mail as plain text and as simple, escaped HTML. */
export function renderEmail(to: string, content: EmailContent): OutgoingEmail {
  const footer = createTranslator(content.locale)("email.footer");
  const html = `<!doctype html><html lang="${content.locale}"><body style="font-family:system-ui,sans-serif;color:#1f2430;max-width:560px;margin:auto;padding:24px">
${content.paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`).join("\n")}
<p><a href="${escapeHtml(content.cta.url)}" style="display:inline-block;background:#3b5bdb;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(content.cta.label)}</a></p>
<p style="color:#6b7280;font-size:12px">${escapeHtml(footer)}</p>
</body></html>`;
  const text = `${content.paragraphs.join("\n\n")}\n\n${content.cta.label}: ${content.cta.url}\n\n--\n${footer}\n`;
  return { to, subject: content.subject, text, html };
}
