// Measures the JavaScript and CSS a first visit downloads (gzip), from the built dist/web.
// Usage: node bench/bundle-size.mjs [--budget-kb 120]  — exits 1 when initial JS exceeds the budget.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = "dist/web";
const html = readFileSync(join(root, "index.html"), "utf8");
const budgetArg = process.argv.indexOf("--budget-kb");
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 120;
const gz = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;

const scripts = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
].map((m) => m[1]);
const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]);
// The visitor's message catalog is fetched before the first render; count the largest one.
const assets = readdirSync(join(root, "assets"));
const catalog = assets
  .filter((f) => /^(en|es|pt-BR)-[\w-]+\.js$/.test(f))
  .map((f) => ({ f, size: gz(join("assets", f)) }));
const largestCatalog = catalog.sort((a, b) => b.size - a.size)[0];
const js = scripts.reduce((sum, f) => sum + gz(f), 0) + (largestCatalog?.size ?? 0);
const css = styles.reduce((sum, f) => sum + gz(f), 0);
const result = {
  initialJsGzipBytes: js,
  initialCssGzipBytes: css,
  scripts,
  catalog: largestCatalog?.f ?? null,
  budgetKb,
};
console.log(JSON.stringify(result, null, 2));
if (js > budgetKb * 1024) {
  console.error(`Initial JS ${(js / 1024).toFixed(1)} KB gzip exceeds the ${budgetKb} KB budget`);
  process.exit(1);
}
