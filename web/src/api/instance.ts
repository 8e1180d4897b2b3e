import type { InstanceResponse } from "../../../shared/schemas/instance.js";
import { request } from "./client.js";

/** Public facts for the signed-out pages: first run (no account yet) and whether SSO sign-in is offered. */
export const getInstance = () => request<InstanceResponse>("GET", "/api/v1/instance");
