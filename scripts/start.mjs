// `npm start`: builds the web app if needed, then runs the server (TypeScript via tsx).
import { register } from "tsx/esm/api";
import { buildWebIfStale } from "./build-if-stale.mjs";

buildWebIfStale();
register();
await import("../server/main.ts");
