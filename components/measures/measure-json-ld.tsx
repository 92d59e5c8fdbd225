import type { MeasureDetail } from '@/lib/data/measures';
import type { Locale } from '@/lib/i18n/routing';
import { jsonForScript, measureStructuredData } from './structured-data';

export function MeasureJsonLd({ measure, urls, locale }: { measure: MeasureDetail; urls: { page: string; provider: string }; locale: Locale }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(measureStructuredData(measure, urls, locale)) }} />
  );
}
