// Measures the JavaScript and CSS the browser downloads (gzip), from the built dist/web:
// the first page (what index.html loads, plus the visitor's message catalog) and the meeting page
// (the first page plus the meeting route's chunks; its editor loads after, lazily, and is counted apart).
// Usage: node bench/bundle-size.mjs [--budget-kb 120]  — exits 1 when the first page's JS exceeds the budget.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = "dist/web";
const MEETING_ROUTE = "src/routes/MeetingPage.tsx";
const EDITOR = "src/live/CollabEditor.tsx";

const gz = (file) => gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length;
const sum = (files) => files.reduce((total, file) => total + gz(file), 0);

/** A manifest entry and every chunk it imports statically, as files. */
function closure(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return { js: [], css: [] };
  seen.add(key);
  const js = [entry.file];
  const css = [...(entry.css ?? [])];
  for (const dependency of entry.imports ?? []) {
    const more = closure(manifest, dependency, seen);
    js.push(...more.js);
    css.push(...more.css);
  }
  return { js, css };
}

/** Bytes (gzip) of the first page, the meeting page and the lazily loaded editor. */
export function measureBundles() {
  const html = readFileSync(join(ROOT, "index.html"), "utf8");
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]);
  // The visitor's message catalog is fetched before the first render; count the largest one.
  const catalog = readdirSync(join(ROOT, "assets"))
    .filter((f) => /^(en|es|pt-BR)-[\w-]+\.js$/.test(f))
    .map((f) => ({ file: join("assets", f), size: gz(join("assets", f)) }))
    .sort((a, b) => b.size - a.size)[0];
  const firstJs = sum(scripts) + (catalog?.size ?? 0);
  const firstCss = sum(styles);
  const result = {
    firstPage: { jsGzipBytes: firstJs, cssGzipBytes: firstCss, scripts, catalog: catalog?.file ?? null },
    meetingPage: null,
    meetingEditor: null,
  };
  const manifestPath = join(ROOT, ".vite", "manifest.json");
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    const initial = new Set([...scripts, ...styles]);
    const route = closure(manifest, MEETING_ROUTE);
    const routeJs = [...new Set(route.js)].filter((f) => !initial.has(f));
    const routeCss = [...new Set(route.css)].filter((f) => !initial.has(f));
    result.meetingPage = { jsGzipBytes: firstJs + sum(routeJs), cssGzipBytes: firstCss + sum(routeCss) };
    const editor = closure(manifest, EDITOR);
    const editorJs = [...new Set(editor.js)].filter((f) => !initial.has(f) && !routeJs.includes(f));
    result.meetingEditor = { jsGzipBytes: sum(editorJs) };
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const budgetArg = process.argv.indexOf("--budget-kb");
  const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 120;
  const result = measureBundles();
  console.log(JSON.stringify({ ...result, budgetKb }, null, 2));
  if (result.firstPage.jsGzipBytes > budgetKb * 1024) {
    console.error(
      `Initial JS ${(result.firstPage.jsGzipBytes / 1024).toFixed(1)} KB gzip exceeds the ${budgetKb} KB budget`,
    );
    process.exit(1);
  }
}
