import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zlibConstants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type ProxyOptions } from "vite";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const COMPRESSIBLE = /\.(?:js|css|html|svg)$/;
/** Where `vite` (dev) forwards API calls; the server listens on 3000 by default. */
const API_TARGET = process.env.API_URL ?? "http://127.0.0.1:3000";

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}

/** Writes .gz and .br copies beside every text asset so the server can send them as-is. */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "rapport-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await listFiles(outDir)).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(file);
          const [gz, br] = await Promise.all([
            gzipAsync(content, { level: 9 }),
            brotliAsync(content, {
              params: {
                [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
                [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          ]);
          await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
        }),
      );
    },
  };
}

const proxyToApi: ProxyOptions = {
  target: API_TARGET,
  changeOrigin: true,
  // The API rejects cross-site writes; in development the page is served by Vite, so present the API's origin.
  configure(proxy) {
    proxy.on("proxyReq", (proxyReq) => {
      if (proxyReq.getHeader("origin")) proxyReq.setHeader("origin", API_TARGET);
    });
  },
};

export default defineConfig({
  root: resolve(import.meta.dirname, "web"),
  publicDir: resolve(import.meta.dirname, "web/public"),
  plugins: [react(), precompress()],
  // The server fills in a fresh nonce per response (server/http/static-web.ts); CodeMirror's <style> needs it.
  html: { cspNonce: "__RAPPORT_CSP_NONCE__" },
  build: {
    outDir: resolve(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    // Lets the benchmark measure what each page loads (`bench/bundle-size.mjs`).
    manifest: true,
  },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": proxyToApi, "/healthz": { target: API_TARGET, changeOrigin: true } },
  },
});
