export interface PageBundle {
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/** Bytes (gzip) of the first page, the meeting page and the lazily loaded editor, from dist/web. */
export function measureBundles(): {
  firstPage: PageBundle & { scripts: string[]; catalog: string | null };
  meetingPage: PageBundle | null;
  meetingEditor: { jsGzipBytes: number } | null;
};
