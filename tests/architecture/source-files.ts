import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const root = join(import.meta.dirname, "..", "..");

/** Every non-test TypeScript file below `dir` (relative to the repository root), with its parsed source. */
export function sourceFiles(dir: string): Array<{ path: string; source: ts.SourceFile }> {
  const found: Array<{ path: string; source: ts.SourceFile }> = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const path = relative(root, full);
        const text = readFileSync(full, "utf8");
        found.push({ path, source: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) });
      }
    }
  };
  walk(join(root, dir));
  return found;
}

/** Calls every node of the tree below `node`. */
export function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

/** `file:line` of a node, for a failure message that leads straight to it. */
export const where = (path: string, source: ts.SourceFile, node: ts.Node) =>
  `${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
