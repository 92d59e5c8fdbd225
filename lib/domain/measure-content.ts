// A measure's editable content compared as a whole: the audit log, conflicts and change
// requests diff it field by field, so equal content must look equal.
import { ContentCategory, District, TargetGroup } from '@/lib/generated/prisma/enums';
import { CONTENT_FIELDS, type MeasureContent } from '@/lib/validation/measure';

const inOrder = <E extends string>(all: Record<string, E>, list: E[]) => Object.values(all).filter((v) => list.includes(v));

/**
 * Lists in a stable order, so equal content compares equal: categories, districts and
 * target groups are sets (kept in the enums' order), hours by day and time.
 */
export function normalizeContent<T extends MeasureContent>(content: T): T {
  return {
    ...content,
    categories: inOrder(ContentCategory, content.categories),
    districts: inOrder(District, content.districts),
    targetGroups: inOrder(TargetGroup, content.targetGroups),
    openingHours: [...content.openingHours].sort(
      (a, b) => a.weekday - b.weekday || a.opensAt - b.opensAt || a.closesAt - b.closesAt || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
    ),
    exceptions: [...content.exceptions].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate)),
  };
}

/** The content fields of anything that has them (a snapshot, a form's input, a stored proposal). */
export function pickContent(source: MeasureContent): MeasureContent {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, source[f]])) as unknown as MeasureContent;
}
