// Every server action has a no-JavaScript probe in the e2e table, so a new form cannot skip
// the "answers within seconds" check of tests/e2e/no-js-forms.spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_JS_PROBES } from '../e2e/helpers/no-js-probes';
import { ROOT, serverActionKeys, walk } from '../helpers/server-actions';

describe('no-JavaScript form probes', () => {
  const actions = serverActionKeys();

  it('finds the actions, public and admin', () => {
    expect(actions).toEqual(
      expect.arrayContaining([
        'lib/actions/password-reset.ts#resetPasswordAction',
        'lib/actions/error-reports.ts#submitErrorReportAction',
        'lib/actions/measures.ts#updateMeasureAction',
      ]),
    );
  });

  it('has a probe for every server action', () => {
    expect(actions.filter((key) => !(key in NO_JS_PROBES)), 'add them to tests/e2e/helpers/no-js-probes.ts').toEqual([]);
  });

  it('has no probe for an action that is gone', () => {
    expect(Object.keys(NO_JS_PROBES).filter((key) => !actions.includes(key))).toEqual([]);
  });

  it('binds no action in a client component (bind in the server page and pass it down)', () => {
    const binding = ['app', 'components']
      .flatMap(walk)
      .filter((file) => {
        const text = readFileSync(path.join(ROOT, file), 'utf8');
        return /^\s*['"]use client['"]/.test(text) && /\w+Action\.bind\(/.test(text);
      });
    expect(binding).toEqual([]);
  });
});
