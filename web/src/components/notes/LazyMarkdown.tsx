import { lazy, Suspense } from "react";

const Markdown = lazy(() => import("./Markdown.js"));

/** Rendered Markdown, with the plain text shown while the renderer loads. */
export function LazyMarkdown({ source, className }: { source: string; className?: string }) {
  return (
    <Suspense fallback={<div className={`markdown markdown-plain ${className ?? ""}`}>{source}</div>}>
      <Markdown source={source} className={className} />
    </Suspense>
  );
}
