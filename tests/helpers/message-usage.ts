// Finds which message keys the code uses, by reading the TypeScript syntax tree of every
// file in app/, components/ and lib/: translators made by useTranslations/getTranslations
// (and createTranslator, outside React)
// (also inside Promise.all, and parameters typed with useTranslations<'Ns'>), and the keys
// passed to them (t('a'), t.rich/markup/raw/has('a'), t(`kind.${v}`), t(variable)).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const TRANSLATOR_FACTORIES = new Set(['useTranslations', 'getTranslations', 'createTranslator']);
const TRANSLATOR_METHODS = new Set(['rich', 'markup', 'raw', 'has']);

export type KeyUse =
  | { kind: 'literal'; namespace: string; key: string; method: string; where: string }
  | { kind: 'template'; namespace: string; pattern: RegExp; where: string };

export type UsageScan = {
  uses: KeyUse[];
  /** Namespaces some translator is called with a key computed elsewhere (t(item.key)). */
  dynamicNamespaces: Set<string>;
  /** Every string literal in the code, and every template literal as a pattern. */
  literals: Set<string>;
  templates: RegExp[];
};

export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated' && entry.name !== 'node_modules') walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `kind.${value}` → /^kind\..+$/ */
function templatePattern(node: ts.TemplateExpression): RegExp {
  let source = escape(node.head.text);
  for (const span of node.templateSpans) source += `.+${escape(span.literal.text)}`;
  return new RegExp(`^${source}$`);
}

function unwrap(node: ts.Expression): ts.Expression {
  while (
    ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node) || ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)
  ) node = node.expression;
  return node;
}

/** The namespace a useTranslations/getTranslations call is for ('' for none). */
function factoryNamespace(node: ts.Expression): string | undefined {
  const call = unwrap(node);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !TRANSLATOR_FACTORIES.has(call.expression.text)) return undefined;
  const arg = call.arguments[0];
  if (!arg) return '';
  if (ts.isStringLiteralLike(arg)) return arg.text;
  if (ts.isObjectLiteralExpression(arg)) {
    for (const prop of arg.properties) {
      if (ts.isPropertyAssignment(prop) && prop.name.getText() === 'namespace' && ts.isStringLiteralLike(prop.initializer)) return prop.initializer.text;
    }
    return '';
  }
  return undefined;
}

/** useTranslations<'Ns'> or getTranslations<'Ns'> inside a type. */
function typeNamespace(text: string): string | undefined {
  return /(?:use|get)Translations<\s*['"]([^'"]+)['"]\s*>/.exec(text)?.[1];
}

function scopeOf(node: ts.Node): ts.Node {
  let n = node.parent;
  while (n && !ts.isBlock(n) && !ts.isSourceFile(n) && !ts.isModuleBlock(n) && !ts.isCaseBlock(n) && !ts.isFunctionLike(n)) n = n.parent;
  return n;
}

export function scanUsage(files: readonly string[], root: string): UsageScan {
  const scan: UsageScan = { uses: [], dynamicNamespaces: new Set(), literals: new Set(), templates: [] };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const where = (node: ts.Node) => `${file.slice(root.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    // Translator bindings, by the scope they are declared in; type aliases by name.
    const bindings = new Map<ts.Node, Map<string, string>>();
    const aliases = new Map<string, string>();
    const bind = (decl: ts.Node, name: string, namespace: string, scope = scopeOf(decl)) => {
      if (!bindings.has(scope)) bindings.set(scope, new Map());
      bindings.get(scope)!.set(name, namespace);
    };
    const resolve = (node: ts.Identifier): string | undefined => {
      for (let n: ts.Node | undefined = node; n; n = n.parent) {
        const namespace = bindings.get(n)?.get(node.text);
        if (namespace !== undefined) return namespace;
      }
      return undefined;
    };

    const collect = (node: ts.Node): void => {
      if (ts.isTypeAliasDeclaration(node)) {
        const namespace = typeNamespace(node.type.getText(source));
        if (namespace !== undefined) aliases.set(node.name.text, namespace);
      } else if (ts.isVariableDeclaration(node) && node.initializer) {
        if (ts.isIdentifier(node.name)) {
          const namespace = factoryNamespace(node.initializer);
          if (namespace !== undefined) bind(node, node.name.text, namespace);
        } else if (ts.isArrayBindingPattern(node.name)) {
          // const [t, tEnum, rows] = await Promise.all([getTranslations('A'), getTranslations('B'), …])
          const all = unwrap(node.initializer);
          const list = ts.isCallExpression(all) ? all.arguments[0] : undefined;
          if (list && ts.isArrayLiteralExpression(list)) {
            node.name.elements.forEach((element, i) => {
              const namespace = list.elements[i] && factoryNamespace(list.elements[i]!);
              if (namespace !== undefined && ts.isBindingElement(element) && ts.isIdentifier(element.name)) bind(node, element.name.text, namespace);
            });
          }
        }
      } else if (ts.isParameter(node) && node.type && ts.isIdentifier(node.name)) {
        const typeText = node.type.getText(source);
        const namespace = typeNamespace(typeText) ?? aliases.get(typeText);
        if (namespace !== undefined) bind(node, node.name.text, namespace, node.parent);
      }
      if (ts.isStringLiteralLike(node)) scan.literals.add(node.text);
      // Only templates with a fixed start (`saved.${x}`): `${a}.${b}` would match any key.
      if (ts.isTemplateExpression(node) && node.head.text.length > 1) scan.templates.push(templatePattern(node));
      ts.forEachChild(node, collect);
    };
    collect(source);

    const record = (namespace: string, method: string, arg: ts.Expression | undefined, at: ts.Node) => {
      if (!arg) return;
      const key = unwrap(arg);
      if (ts.isStringLiteralLike(key)) scan.uses.push({ kind: 'literal', namespace, key: key.text, method, where: where(at) });
      else if (ts.isTemplateExpression(key)) scan.uses.push({ kind: 'template', namespace, pattern: templatePattern(key), where: where(at) });
      else if (ts.isConditionalExpression(key)) {
        record(namespace, method, key.whenTrue, at);
        record(namespace, method, key.whenFalse, at);
      } else scan.dynamicNamespaces.add(namespace);
    };
    const calls = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = unwrap(node.expression);
        if (ts.isIdentifier(callee)) {
          const namespace = resolve(callee);
          if (namespace !== undefined) record(namespace, 't', node.arguments[0], node);
        } else if (ts.isPropertyAccessExpression(callee) && TRANSLATOR_METHODS.has(callee.name.text)) {
          const target = unwrap(callee.expression);
          const namespace = ts.isIdentifier(target) ? resolve(target) : factoryNamespace(target);
          if (namespace !== undefined) record(namespace, callee.name.text, node.arguments[0], node);
        } else {
          // (await getTranslations('Ns'))('key')
          const namespace = factoryNamespace(callee);
          if (namespace !== undefined) record(namespace, 't', node.arguments[0], node);
        }
      }
      ts.forEachChild(node, calls);
    };
    calls(source);
  }
  return scan;
}

const join2 = (namespace: string, key: string) => (namespace ? `${namespace}.${key}` : key);

/** The keys of `all` that no code uses. */
export function unusedKeys(all: readonly string[], scan: UsageScan): string[] {
  return all.filter((full) => {
    for (const use of scan.uses) {
      const prefix = use.namespace ? `${use.namespace}.` : '';
      if (!full.startsWith(prefix)) continue;
      const key = full.slice(prefix.length);
      // t.raw('list') reads a whole branch.
      if (use.kind === 'literal' && (key === use.key || key.startsWith(`${use.key}.`))) return false;
      if (use.kind === 'template' && use.pattern.test(key)) return false;
    }
    // A translator called with a key computed elsewhere (t(item.key), t(state.error)):
    // the key must still be written somewhere in the code, whole or as a template.
    for (const namespace of scan.dynamicNamespaces) {
      const prefix = namespace ? `${namespace}.` : '';
      if (!full.startsWith(prefix)) continue;
      const key = full.slice(prefix.length);
      if (scan.literals.has(key) || scan.templates.some((p) => p.test(key))) return false;
    }
    return true;
  });
}

/** Literal keys the code uses that are not messages (`has` may ask about absent ones). */
export function missingKeys(keys: ReadonlySet<string>, branches: ReadonlySet<string>, scan: UsageScan): string[] {
  const missing: string[] = [];
  for (const use of scan.uses) {
    if (use.kind === 'template') {
      const prefix = use.namespace ? `${use.namespace}.` : '';
      const any = [...keys].some((k) => k.startsWith(prefix) && use.pattern.test(k.slice(prefix.length)));
      if (!any) missing.push(`${join2(use.namespace, use.pattern.source)} (${use.where})`);
    } else if (use.method !== 'has') {
      const full = join2(use.namespace, use.key);
      const found = keys.has(full) || (use.method === 'raw' && branches.has(full));
      if (!found) missing.push(`${full} (${use.where})`);
    }
  }
  return missing;
}
