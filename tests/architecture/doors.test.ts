import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceFiles, visit, where } from "./source-files.js";

/**
 * The doors to the data (ARCHITECTURE.md): SQL is written only in repositories
 * (`*.repo.ts`), policy modules (`*-policy.ts`) and the database plumbing (`server/db/`);
 * a transaction is opened only by `withTransaction`; the participant predicate and the
 * private-note rule are written only in the pair policy.
 */
const server = sourceFiles("server");

/** Where a query may be built: repositories, policies, the database plumbing and the demo seed. */
const mayBuildQueries = (path: string) =>
  /\.repo\.ts$|-policy\.ts$/.test(path) || path.startsWith("server/db/") || path.startsWith("server/demo/");

/** Kysely's query starters, and its `sql` tag. */
const QUERY_STARTERS = new Set(["selectFrom", "insertInto", "updateTable", "deleteFrom", "replaceInto", "mergeInto"]);

/** A query started or raw SQL written in a file that may not build queries. */
function queryFindings(path: string, source: ts.SourceFile): string[] {
  if (mayBuildQueries(path)) return [];
  const found: string[] = [];
  visit(source, (node) => {
    const startsQuery =
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      QUERY_STARTERS.has(node.expression.name.text);
    const rawSql = ts.isTaggedTemplateExpression(node) && /^sql\b/.test(node.tag.getText(source));
    if (startsQuery || rawSql)
      found.push(`${where(path, source, node)} ${node.getText(source).replace(/\s+/g, " ").slice(0, 60)}`);
  });
  return found;
}

/** A transaction opened by hand, or a `withTransaction` whose work could reach the outer handle. */
function transactionFindings(path: string, source: ts.SourceFile): string[] {
  if (path.startsWith("server/db/") || path.startsWith("server/demo/")) return [];
  const found: string[] = [];
  visit(source, (node) => {
    if (!ts.isCallExpression(node)) return;
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "transaction" && node.arguments.length === 0)
      found.push(`${where(path, source, node)} opens a transaction itself`);
    if (ts.isIdentifier(callee) && callee.text === "withTransaction") {
      const [handle, work] = node.arguments;
      const parameter = work && (ts.isArrowFunction(work) || ts.isFunctionExpression(work)) ? work.parameters[0] : null;
      if (!handle || !parameter || parameter.name.getText(source) !== handle.getText(source))
        found.push(`${where(path, source, node)} work must name its parameter like the handle it shadows`);
    }
  });
  return found;
}

const PARTICIPANT_PREDICATE = /leader_?[iI]d\b[^;]{0,80}\bteammate_?[iI]d\b[^;]{0,40}(=|"=")/;
const PRIVATE_NOTE_RULE = /owner_?[kK]ey\b.{0,20}\bin\b.{0,10}['"]shared['"]/;
const NAMES_BOTH_PEOPLE = /\bleader_?[iI]d\b[\s\S]*\bteammate_?[iI]d\b|\bteammate_?[iI]d\b[\s\S]*\bleader_?[iI]d\b/;

/**
 * The participant predicate or the private-note rule written out again outside the pair policy:
 * on one line, in an `or(…)` of the query builder whatever its layout (someone compared with the
 * leader or the teammate), or in a raw `sql` template spread over lines.
 */
function predicateFindings(path: string, source: ts.SourceFile): string[] {
  if (path.endsWith("/pair-policy.ts") || path.startsWith("server/db/")) return [];
  const found = new Set<string>();
  source.text.split("\n").forEach((line, index) => {
    if (/\bor\b|eb\.or/.test(line) && PARTICIPANT_PREDICATE.test(line))
      found.add(`${path}:${index + 1} participant predicate`);
    if (PRIVATE_NOTE_RULE.test(line)) found.add(`${path}:${index + 1} private-note rule`);
  });
  visit(source, (node) => {
    const text = () => node.getText(source).replace(/\s+/g, " ");
    const isOr =
      ts.isCallExpression(node) &&
      ((ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "or") ||
        (ts.isIdentifier(node.expression) && node.expression.text === "or"));
    const isRawSql = ts.isTaggedTemplateExpression(node) && /^sql\b/.test(node.tag.getText(source));
    if (
      (isOr && NAMES_BOTH_PEOPLE.test(text())) ||
      (isRawSql && /\bor\b/.test(text()) && PARTICIPANT_PREDICATE.test(text()))
    )
      found.add(`${where(path, source, node)} participant predicate`);
    if (isOr && /['"]shared['"]/.test(text()) && /\bowner_?[kK]ey\b/.test(text()))
      found.add(`${where(path, source, node)} private-note rule`);
  });
  return [...found];
}

const outsideTheDoors = (check: (path: string, source: ts.SourceFile) => string[]) =>
  server.flatMap(({ path, source }) => check(path, source));

/** A service written the way the doors forbid, to show each check sees what it is for. */
const FORBIDDEN = `
export async function leaky(deps, actor, id) {
  const row = await deps.db.kysely.selectFrom("notes").selectAll().where("id", "=", id).executeTakeFirst();
  await deps.db.kysely.transaction().execute(async (trx) => trx.deleteFrom("notes").execute());
  await withTransaction(deps, async (tx) => tx.db.kysely);
  const mine = (eb) => eb.or([eb("s.leaderId", "=", actor.userId), eb("s.teammateId", "=", actor.userId)]);
  const raw = sql\`select 1 from one_on_ones o where o.leader_id = \${actor.userId}
    or o.teammate_id = \${actor.userId}\`;
  const notes = (eb) => eb("n.ownerKey", "in", ["shared", actor.userId]);
  return { row, mine, raw, notes };
}`;

describe("the doors to the data", () => {
  it("sees every shape it forbids in a service", () => {
    const path = "server/modules/example/example.service.ts";
    const source = ts.createSourceFile(path, FORBIDDEN, ts.ScriptTarget.Latest, true);
    expect(queryFindings(path, source).map((f) => f.split(" ")[1])).toEqual([
      'deps.db.kysely.selectFrom("notes")',
      'trx.deleteFrom("notes")',
      "sql`select",
    ]);
    expect(transactionFindings(path, source)).toEqual([
      `${path}:4 opens a transaction itself`,
      `${path}:5 work must name its parameter like the handle it shadows`,
    ]);
    const predicates = predicateFindings(path, source);
    expect(predicates.filter((f) => f.endsWith("participant predicate")).length).toBeGreaterThanOrEqual(2);
    expect(predicates.some((f) => f.endsWith("private-note rule"))).toBe(true);
    expect(queryFindings("server/modules/example/example.repo.ts", source)).toEqual([]);
  });

  it("builds queries only in repositories, policies and server/db", () => {
    expect(outsideTheDoors(queryFindings)).toEqual([]);
  });

  it("opens transactions only through withTransaction, whose work can't reach the outer handle", () => {
    expect(outsideTheDoors(transactionFindings)).toEqual([]);
  });

  it("writes the participant predicate and the private-note rule only in the pair policy", () => {
    expect(outsideTheDoors(predicateFindings)).toEqual([]);
  });
});
