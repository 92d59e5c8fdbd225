import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core in the page and fails with a readable list of any WCAG 2.1 A/AA violations. */
export async function expectNoAxeViolations(page: Page) {
  // Evaluated by the test runner, not as an inline <script>, which the CSP blocks.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, TAGS);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}
