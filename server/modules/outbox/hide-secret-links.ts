/** A path segment that is a secret token: 32 or more URL-safe characters that are not a UUID. */
const SECRET_SEGMENT = /^[A-Za-z0-9_-]{32,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_IN_TEXT = /https?:\/\/[^\s"'<>]+/g;

/**
 * Replaces every secret link in an e-mail's text (an invitation or set-password link, a signed
 * calendar URL: anything with a token in its path or query) by its address up to the secret and "…",
 * so the e-mail log shows that a link was sent, never the link (P7). Returns the text and how many.
 */
export function hideSecretLinks(text: string): { text: string; hidden: number } {
  let hidden = 0;
  const result = text.replace(URL_IN_TEXT, (url) => {
    const [beforeQuery = "", query = ""] = url.split("?", 2);
    const segments = beforeQuery.split("/");
    const at = segments.findIndex((s, i) => i > 2 && SECRET_SEGMENT.test(s) && !UUID.test(s));
    const secretQuery = query.split("&").some((pair) => SECRET_SEGMENT.test(pair.split("=")[1] ?? ""));
    if (at === -1 && !secretQuery) return url;
    hidden++;
    return at === -1 ? `${beforeQuery}?…` : `${segments.slice(0, at).join("/")}/…`;
  });
  return { text: result, hidden };
}
