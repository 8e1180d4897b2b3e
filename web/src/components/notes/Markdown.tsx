import { useMemo } from "react";
import { renderMarkdown } from "./markdown.js";

/** A note rendered from Markdown; loaded on demand so markdown-it stays out of the first download. */
export default function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it runs with html:false, so the source can't inject markup.
  return <div className={`markdown ${className ?? ""}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
