import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/routing';
import { icuArguments } from '../helpers/icu-arguments';
import { missingKeys, scanUsage, sourceFiles, unusedKeys } from '../helpers/message-usage';

// Every text the site shows is in all three languages, says the same things in each
// (the same placeholders and tags), and is used by the code; and every key the code
// asks for exists.

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', leaves = new Map<string, unknown>(), branches = new Set<string>()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      branches.add(path);
      flatten(value, path, leaves, branches);
    } else leaves.set(path, value);
  }
  return { leaves, branches };
}

const messages = Object.fromEntries(
  locales.map((locale) => [locale, flatten(JSON.parse(readFileSync(`${ROOT}/messages/${locale}.json`, 'utf8')) as Tree)]),
);
const reference = messages.nb!.leaves;

describe.each(locales)('messages/%s.json', (locale) => {
  const { leaves } = messages[locale]!;

  it('has exactly the keys of every other language', () => {
    const all = new Set(locales.flatMap((l) => [...messages[l]!.leaves.keys()]));
    expect([...all].filter((key) => !leaves.has(key)), 'missing').toEqual([]);
  });

  it('has a non-empty text for every key', () => {
    const bad = [...leaves].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('has valid ICU messages with the same placeholders and tags as Bokmål', () => {
    const differ: string[] = [];
    for (const [key, value] of leaves) {
      const mine = icuArguments(String(value)).join(' ');
      const nb = reference.has(key) ? icuArguments(String(reference.get(key))).join(' ') : mine;
      if (mine !== nb) differ.push(`${key}: ${locale} [${mine}] ≠ nb [${nb}]`);
    }
    expect(differ).toEqual([]);
  });
});

describe('message keys and code', () => {
  const scan = scanUsage(sourceFiles(ROOT, ['app', 'components', 'lib']), ROOT);
  const keys = new Set(locales.flatMap((l) => [...messages[l]!.leaves.keys()]));
  const branches = new Set(locales.flatMap((l) => [...messages[l]!.branches]));

  it('finds the translators (a sanity check of the scanner itself)', () => {
    expect(scan.uses.length).toBeGreaterThan(100);
    expect(scan.uses.some((u) => u.namespace === 'Layout' && u.kind === 'literal' && u.key === 'skipToContent')).toBe(true);
  });

  it('uses every key (a key no code reads is a text nobody sees)', () => {
    expect(unusedKeys([...keys], scan)).toEqual([]);
  });

  it('would notice an unused key, also where keys are computed (AdminEdit, Forms.errors)', () => {
    const probes = ['Layout.unusedProbe', 'AdminEdit.unusedProbe', 'AdminEdit.fieldz.name', 'Forms.errors.unusedProbe', 'Enums.unusedProbe'];
    expect(unusedKeys(probes, scan)).toEqual(probes);
  });

  it('asks only for keys that exist', () => {
    expect(missingKeys(keys, branches, scan)).toEqual([]);
  });
});

describe('icuArguments', () => {
  it('finds arguments, nested plural arguments and tags, not plural options', () => {
    expect(icuArguments('{count, plural, =0 {ingen} one {# tiltak for {q}} other {# tiltak}} <b>x</b> {date}')).toEqual([
      '<b>',
      'count:plural',
      'date',
      'q',
    ]);
    expect(icuArguments("It's '{literal}' here")).toEqual([]);
    expect(() => icuArguments('{count, plural, one {x}')).toThrow();
  });
});
