import type { ApiResponse } from "../support/http-client.js";
import type { Caller, Expectation } from "./actors.js";
import type { World } from "./world.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface CheckInput<T> {
  res: ApiResponse;
  caller: Caller;
  /** The caller was meant to succeed. */
  allowed: boolean;
  w: World;
  target: T;
}

/** One line of the matrix: a documented route, how to call it, and what each caller gets. */
export interface Row<T = any> {
  method: Method;
  /** The path exactly as the OpenAPI document spells it. */
  path: string;
  /** Tells apart two rows of one route. */
  variant?: string;
  expect: Expectation;
  /**
   * What the request acts on. Made once before the calls; with `fresh`, made
   * again before each call meant to succeed (for one-shot actions: delete, complete).
   */
  target?: (w: World) => Promise<T>;
  fresh?: boolean;
  /** The concrete URL; the path itself by default. */
  url?: (w: World, target: T, caller: Caller) => string | Promise<string>;
  body?: (w: World, target: T, caller: Caller) => unknown | Promise<unknown>;
  /** Swaps in the credentials to send, e.g. a spare session to sign out of. */
  as?: (w: World, caller: Caller) => Promise<Caller>;
  /** Only a browser session may call it: every API token gets 403 session_required. */
  sessionOnly?: boolean;
  /** Open a real WebSocket instead of a plain request. */
  transport?: "websocket";
  /** What the answer must hold (runs for every caller that got the expected status). */
  check?: (c: CheckInput<T>) => void | Promise<void>;
  /** Tidies up after a call that succeeded, so the next caller starts alike. */
  after?: (c: CheckInput<T>) => Promise<void>;
}

/** Declares a row, keeping its target's type for its callbacks. */
export const row = <T = undefined>(r: Row<T>): Row => r;

export const routeKey = (r: Pick<Row, "method" | "path">) => `${r.method} ${r.path}`;
export const rowName = (r: Row) => `${routeKey(r)}${r.variant ? ` [${r.variant}]` : ""}`;
