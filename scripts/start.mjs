// `npm start`: builds the web app and the server bundle when needed, then runs the server.
import { pathToFileURL } from "node:url";
import { buildWebIfStale } from "./build-if-stale.mjs";
import { buildServerIfStale, SERVER_BUNDLE } from "./build-server.mjs";

buildWebIfStale();
await buildServerIfStale();
await import(pathToFileURL(SERVER_BUNDLE).href);
