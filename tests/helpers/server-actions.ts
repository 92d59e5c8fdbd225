// Finding the exported server actions (and route handlers) by reading the source, so tests
// that must cover every one of them fail when a new one appears.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
const GUARDS = new Set(['requireActor', 'actorForRequest']);

/** The .ts/.tsx files under a folder of the project, as project-relative paths. */
export function walk(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  try {
    statSync(absolute);
  } catch {
    return [];
  }
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));
}

export interface ExportedFunction {
  file: string;
  name: string;
  /** The first statement's text, or null when the body does not start with a guard call. */
  firstStatement: string;
  guarded: boolean;
  async: boolean;
}

function startsWithGuard(body: ts.ConciseBody | undefined): boolean {
  if (!body) return false;
  if (!ts.isBlock(body)) return false;
  const first = body.statements[0];
  if (!first) return false;
  let found = false;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && GUARDS.has(node.expression.text)) {
      found = true;
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(first);
  return found;
}

export function exportedFunctions(file: string, text = readFileSync(path.join(ROOT, file), 'utf8')): ExportedFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const result: ExportedFunction[] = [];
  const isExported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isAsync = (node: ts.Node) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
      result.push({
        file,
        name: statement.name.text,
        firstStatement: statement.body?.statements[0]?.getText(source) ?? '',
        guarded: startsWithGuard(statement.body),
        async: isAsync(statement),
      });
    }
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isIdentifier(declaration.name)) {
          result.push({
            file,
            name: declaration.name.text,
            firstStatement: ts.isBlock(init.body) ? (init.body.statements[0]?.getText(source) ?? '') : init.body.getText(source),
            guarded: startsWithGuard(init.body),
            async: isAsync(init),
          });
        }
      }
    }
  }
  return result;
}

/** A module of server actions: 'use server' at the top (after any comments). */
export const hasUseServer = (file: string) =>
  /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8'));

/** Every exported server action in the app, as `<file>#<name>`. */
export function serverActionKeys(): string[] {
  return ['app', 'lib', 'components']
    .flatMap(walk)
    .filter((file) => !file.startsWith('lib/generated/') && hasUseServer(file))
    .flatMap((file) => exportedFunctions(file))
    .map((fn) => `${fn.file}#${fn.name}`);
}
