import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { CustomFetch } from "openid-client";
import type { Deps } from "../../context.js";
import { answerGuardedLookup, isAllowedAddress, webhookUrlProblem } from "../webhooks/webhook-address.js";

/** The most of a provider's answer that is read (discovery, JWKS, tokens, userinfo). */
const READ_LIMIT = 1024 * 1024;

/**
 * Checks an issuer URL before it is stored, with the webhook URLs' address
 * guard: https to a public host (http to loopback only with the development
 * flag), and every address the name resolves to now must be public. The
 * check is made again at every connection (see `guardedProviderFetch`).
 * Returns a reason naming the field, or null.
 */
export async function issuerUrlProblem(deps: Deps, raw: string): Promise<string | null> {
  if (deps.config.ssoAllowPrivateIssuer) return null;
  const syntactic = webhookUrlProblem(raw, false);
  if (syntactic) return syntactic.replace(/^url:/, "issuerUrl:");
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0) return null;
  // A name that does not resolve yet is accepted: its addresses are checked when the app connects.
  const addresses = await deps.dns.lookup(host).catch(() => []);
  const refused = addresses.find((a) => !isAllowedAddress(a.address, false));
  return refused ? `issuerUrl: ${host} resolves to a private or reserved address` : null;
}

type LookupCallback = Parameters<LookupFunction>[2];

/** A connect-time lookup through the app's resolver that refuses any private or reserved address (DNS rebinding). */
function guardedLookup(deps: Deps): LookupFunction {
  return (hostname, options, callback: LookupCallback) => {
    deps.dns.lookup(hostname).then(
      (list) =>
        answerGuardedLookup(hostname, list, options, callback, { allowLoopback: false, code: "EISSUERADDRESS" }),
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

/** A literal IP in the URL never goes through a lookup, so it is checked here. */
function literalRefused(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return isIP(host) !== 0 && !isAllowedAddress(host, false);
}

/**
 * The fetch openid-client uses to talk to a workspace's provider: every
 * connection goes only to a public address (checked at connect time, so a
 * name that later resolves to 127.0.0.1 or 169.254.169.254 is refused), no
 * redirect is followed and at most 1 MiB of an answer is read. Null when the
 * development flag allows private issuers (the default fetch is used).
 */
export function guardedProviderFetch(deps: Deps): CustomFetch | null {
  if (deps.config.ssoAllowPrivateIssuer) return null;
  const lookup = guardedLookup(deps);
  return (rawUrl, options) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(rawUrl);
      if ((url.protocol !== "https:" && url.protocol !== "http:") || literalRefused(url)) {
        reject(new TypeError("fetch failed", { cause: new Error(`refused: ${url.host} is not a public address`) }));
        return;
      }
      const send = url.protocol === "https:" ? https.request : http.request;
      const req = send(url, { method: options.method, headers: options.headers, lookup, agent: false });
      const abort = () => req.destroy(Object.assign(new Error("The operation timed out"), { name: "TimeoutError" }));
      options.signal?.addEventListener("abort", abort, { once: true });
      req.on("error", (error) => {
        options.signal?.removeEventListener("abort", abort);
        reject(error.name === "TimeoutError" ? error : new TypeError("fetch failed", { cause: error }));
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > READ_LIMIT) return req.destroy(new Error("answer too large"));
          chunks.push(chunk);
        });
        res.on("end", () => {
          options.signal?.removeEventListener("abort", abort);
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
          }
          const status = res.statusCode ?? 502;
          const empty = status === 204 || status === 304 || (status >= 100 && status < 200);
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status, headers }));
        });
      });
      const body = options.body;
      if (body === undefined || body === null) req.end();
      else if (typeof body === "string" || body instanceof Uint8Array) req.end(body);
      else if (body instanceof URLSearchParams) req.end(body.toString());
      else if (body instanceof ArrayBuffer) req.end(Buffer.from(body));
      else reject(new TypeError("fetch failed", { cause: new Error("unsupported request body") }));
    });
}
