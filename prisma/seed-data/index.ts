// The demo catalogue: real measures and providers from Bergen kommune's plans
// (see ../../../shared/domain/measures-in-bergen-plans.md), seeded by lib/db/seed.ts.
import { activityMeasures } from './measures-activity';
import { centreAndHealthMeasures } from './measures-centres-health';
import { workMeasures } from './measures-work';
import { relativesMeasures, youthMeasures } from './measures-youth-relatives';
import type { SeedMeasure } from './types';

export { providers, type ProviderSlug } from './providers';
export { newsItems } from './news';
export { helpBlocks, type SeedHelpBlock, type SeedHelpEntry } from './help-block';
export { measureTranslations, newsTranslations, providerTranslations } from './translations';
export type * from './types';

export const measures: SeedMeasure[] = [
  ...activityMeasures,
  ...centreAndHealthMeasures,
  ...workMeasures,
  ...youthMeasures,
  ...relativesMeasures,
];
