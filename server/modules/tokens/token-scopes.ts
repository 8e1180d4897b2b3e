import { TOKEN_SCOPES, type TokenScope } from "../../../shared/schemas/tokens.js";

/** Scopes as stored ("read write"), in canonical order; `write` always brings `read`. */
export function normalizeScopes(scopes: readonly TokenScope[]): TokenScope[] {
  return scopes.includes("write") ? ["read", "write"] : ["read"];
}

/** The stored column back to scopes; unknown words are ignored. */
export function parseScopes(stored: string): TokenScope[] {
  const words = stored.split(/\s+/);
  return TOKEN_SCOPES.filter((scope) => words.includes(scope));
}
