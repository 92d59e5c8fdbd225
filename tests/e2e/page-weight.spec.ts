import { expect, test } from '@playwright/test';
import { APP_JS_BUDGET_KB, firstVisit, PUBLIC_PAGES, summarize } from '../../scripts/bench/assets';

// The public pages stay lean: beyond the Next.js/React runtime, a first visit loads at
// most APP_JS_BUDGET_KB of the app's own script, compressed (the same measurement as
// `npm run bench`, scripts/bench/assets.ts). Needs the production build the server runs.
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';

for (const { name, path } of PUBLIC_PAGES) {
  test(`${name} (${path}): at most ${APP_JS_BUDGET_KB} KB of the app's own JavaScript`, async ({ baseURL }) => {
    const assets = await firstVisit(baseURL!, path, DIST_DIR);
    const { framework, app } = summarize(assets);
    // The split is sound: the runtime was found, so nothing is hidden by counting it as the app's.
    expect(framework, 'framework scripts found').toBeGreaterThan(50 * 1024);
    const appScripts = assets.filter((a) => a.type === 'js' && !a.framework).map((a) => `${new URL(a.url).pathname} ${a.bytes} B`);
    expect(app, `app scripts: ${appScripts.join(', ')}`).toBeLessThanOrEqual(APP_JS_BUDGET_KB * 1024);
  });
}
