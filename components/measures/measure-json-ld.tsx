import type { MeasureDetail } from '@/lib/data/measures';
import { jsonForScript, measureStructuredData } from './structured-data';

export function MeasureJsonLd({ measure, urls }: { measure: MeasureDetail; urls: { page: string; provider: string } }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(measureStructuredData(measure, urls)) }} />
  );
}
