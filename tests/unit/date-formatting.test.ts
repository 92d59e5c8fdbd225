import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/message-usage';

// Dates and times are shown in the page's language and in Oslo time, whatever time zone
// the server runs in. One way to do it: next-intl's formatter (getFormatter/useFormatter),
// which lib/i18n/request.ts gives the locale and timeZone 'Europe/Oslo'.

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
// Works out the clock in Oslo for "open now" (never shown as text).
const ALLOWED = new Set(['lib/domain/oslo-date.ts']);

describe('date and time formatting', () => {
  it('the request config sets the Oslo time zone', () => {
    expect(readFileSync(`${ROOT}/lib/i18n/request.ts`, 'utf8')).toMatch(/timeZone:\s*'Europe\/Oslo'/);
  });

  it('nothing formats dates around the formatter', () => {
    const offenders = sourceFiles(ROOT, ['app', 'components', 'lib'])
      .map((file) => file.slice(ROOT.length + 1))
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(`${ROOT}/${file}`, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => /\.toLocale(Date|Time)?String\(|Intl\.DateTimeFormat|Intl\.RelativeTimeFormat/.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
