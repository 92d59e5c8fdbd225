import { MeasureArticle } from '@/components/measures/measure-article';
import type { MeasureDetail } from '@/lib/data/measures';

/** The public detail page's body, for any status: what visitors will see once published. */
export function MeasurePreview({ measure }: { measure: MeasureDetail }) {
  return <MeasureArticle measure={measure} />;
}
