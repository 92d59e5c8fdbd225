// Finding the exported server actions (and route handlers) by reading the source, so tests
// that must cover every one of them fail when a new one appears.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
const GUARDS = new Set(['requireActor', 'actorForRequest']);
/** The one wrapper every server action is made with (lib/actions/safe-action.ts). */
export const ACTION_WRAPPERS = new Set(['formAction', 'postAction']);

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
  /** For `export const x = wrapper({ access: … }, …)`: the wrapper's name, else null. */
  wrapper: string | null;
  /** Who the wrapper lets in: 'roles' (signed in, with a role), 'anonymous', or null if unreadable. */
  access: 'roles' | 'anonymous' | null;
}

const unwrapExpression = (node: ts.Expression): ts.Expression =>
  ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node) ? unwrapExpression(node.expression) : node;

/** The `access` of a wrapper's definition: an object literal, or a const of this file holding one. */
function accessOf(call: ts.CallExpression, source: ts.SourceFile): ExportedFunction['access'] {
  const definition = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!definition || !ts.isObjectLiteralExpression(definition)) return null;
  const property = definition.properties.find((p) => p.name?.getText(source) === 'access');
  let value: ts.Expression | undefined =
    property && ts.isPropertyAssignment(property) ? property.initializer : property && ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
  if (value && ts.isIdentifier(value)) {
    const name = value.text;
    value = undefined;
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
      if (found?.initializer && statement.declarationList.flags & ts.NodeFlags.Const) value = found.initializer;
    }
  }
  const access = value && unwrapExpression(value);
  if (!access || !ts.isObjectLiteralExpression(access)) return null;
  const keys = access.properties.map((p) => p.name?.getText(source));
  if (keys.includes('roles') && !keys.includes('anonymous')) return 'roles';
  if (keys.includes('anonymous') && !keys.includes('roles')) return 'anonymous';
  return null;
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
        wrapper: null,
        access: null,
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
            wrapper: null,
            access: null,
          });
        }
        // An action made by a function call (the wrapper): the value Next.js registers.
        if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && ts.isIdentifier(declaration.name)) {
          const wrapper = init.expression.text;
          const access = ACTION_WRAPPERS.has(wrapper) ? accessOf(init, source) : null;
          result.push({
            file,
            name: declaration.name.text,
            firstStatement: init.getText(source).split('\n')[0]!,
            guarded: access === 'roles',
            async: ACTION_WRAPPERS.has(wrapper),
            wrapper,
            access,
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
