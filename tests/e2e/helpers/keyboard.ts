// Walking a page with the keyboard alone, the way a sighted keyboard user does: every Tab
// stop must show where focus is (an outline or shadow that the element does not have
// unfocused, with 3:1 contrast against what is around it), and focus must keep moving.
import { expect, type Page } from '@playwright/test';

export type Stop = {
  /** A stable id the walk gives each element, to notice focus that does not move. */
  key: string;
  tag: string;
  name: string;
  id: string;
  type: string;
  href: string;
  inMain: boolean;
  /** The id of the heading that names the enclosing <section>, if any. */
  section: string;
  /** Why the focus indicator fails, or '' when it is fine. */
  problem: string;
};

/** Remembers how every focusable element looks unfocused (call again after the DOM changes). */
export async function recordUnfocusedLook(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __look?: WeakMap<Element, string> };
    w.__look ??= new WeakMap();
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    for (const el of document.querySelectorAll(selector)) {
      if (el === document.activeElement || w.__look.has(el)) continue;
      const s = getComputedStyle(el);
      w.__look.set(el, `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`);
    }
  });
}

/** The focused element and whether its focus indicator is visible enough. */
export async function currentStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const w = window as unknown as { __look?: WeakMap<Element, string>; __stops?: number };
    w.__stops ??= 0;
    el.dataset.walkKey ??= String(++w.__stops);

    // Computed colours may be lab()/oklch() (Tailwind 4): let a canvas turn them into sRGB.
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgb = (c: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = c;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const luminance = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    // The colour the indicator is drawn on: the first opaque background around the element.
    let behind = 'rgb(255, 255, 255)';
    for (let n = el.parentElement; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (bg !== 'transparent' && rgb(bg)[3]! > 0.5) {
        behind = bg;
        break;
      }
    }

    const s = getComputedStyle(el);
    const look = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    const before = w.__look?.get(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    let problem = '';
    if (box.width === 0 || box.height === 0) problem = 'the focused element is not visible';
    else if (!outline && !shadow) problem = 'no outline or shadow when focused';
    else if (before === look) problem = 'looks the same focused and unfocused';
    else if (outline && contrast(s.outlineColor, behind) < 3) {
      problem = `outline ${s.outlineColor} on ${behind}: contrast ${contrast(s.outlineColor, behind).toFixed(2)} < 3`;
    }
    const labels = (el as HTMLInputElement).labels;
    const label = labels && labels.length > 0 ? [...labels].map((l) => l.textContent).join(' ') : null;
    const name = (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return {
      key: el.dataset.walkKey,
      tag: el.tagName.toLowerCase(),
      name,
      id: el.id,
      type: el.getAttribute('type') ?? '',
      href: el.getAttribute('href') ?? '',
      inMain: !!el.closest('main'),
      section: el.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby') ?? '',
      problem,
    };
  });
}

// A date field's day, month and year are Tab stops of their own inside one element.
const SEGMENTED = new Set(['date', 'time', 'datetime-local', 'month', 'week']);
const repeats = new WeakMap<Stop[], number>();

/** True when focus did not move: allowed a few times inside a date field, else a trap. */
function stuck(stop: Stop, stops: Stop[]): boolean {
  if (stop.key !== stops.at(-1)?.key) {
    repeats.set(stops, 0);
    return false;
  }
  const n = (repeats.get(stops) ?? 0) + 1;
  repeats.set(stops, n);
  expect(SEGMENTED.has(stop.type) && n <= 3, `focus is stuck on ${describe(stop)}`).toBe(true);
  return true;
}

export const describe = (s: Stop | null) => (s ? `<${s.tag}${s.id ? `#${s.id}` : ''}${s.type ? ` ${s.type}` : ''}> ${s.name}` : '(nothing)');

/**
 * Presses Tab (or Shift+Tab) until `target` matches the focused element, checking every
 * stop on the way. Fails if focus stops moving (a trap) or the target never comes.
 */
export async function tabTo(page: Page, target: (stop: Stop) => boolean, { back = false, max = 120 } = {}): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await currentStop(page);
    expect(stop, `focus left the page after ${describe(stops.at(-1) ?? null)}`).not.toBeNull();
    if (stuck(stop!, stops)) continue;
    expect.soft(stop!.problem, `focus indicator of ${describe(stop)}`).toBe('');
    stops.push(stop!);
    if (target(stop!)) return stops;
  }
  throw new Error(`not reached in ${max} Tab stops: ${stops.map(describe).join(' → ')}`);
}

/**
 * Tabs through the whole page from the top until focus leaves it (to the browser) or comes
 * round again: no stop may trap focus or hide it. Returns the stops.
 */
export async function walkWholePage(page: Page, max = 400): Promise<Stop[]> {
  await recordUnfocusedLook(page);
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await currentStop(page);
    if (!stop || stop.key === stops[0]?.key) return stops;
    if (stuck(stop, stops)) continue;
    expect.soft(stop.problem, `focus indicator of ${describe(stop)}`).toBe('');
    stops.push(stop);
  }
  throw new Error(`focus never left the page in ${max} stops: a trap? Last: ${describe(stops.at(-1) ?? null)}`);
}
