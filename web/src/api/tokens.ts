import type { ApiToken, CreateTokenBody } from "../../../shared/schemas/tokens.js";
import { request } from "./client.js";

export type CreatedApiToken = ApiToken & { token: string };

/** The signed-in user's personal API tokens. */
export const listTokens = () => request<{ tokens: ApiToken[] }>("GET", "/api/v1/tokens");

/** Creates a token; its secret is returned this once. */
export const createToken = (body: CreateTokenBody) => request<CreatedApiToken>("POST", "/api/v1/tokens", body);

/** Revokes a token. */
export const revokeToken = (id: string) => request<void>("DELETE", `/api/v1/tokens/${encodeURIComponent(id)}`);
