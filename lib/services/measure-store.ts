// Writing a measure's content back: its own columns, its children, its old slugs. The
// snapshot these writes are compared with is read by lib/data/measures.ts.
import { dateColumn } from '@/lib/domain/oslo-date';
import type { MeasureContent } from '@/lib/validation/measure';
import type { Tx } from './types';

/** The measure's own columns from its content (children are written separately). */
export function measureColumns(content: MeasureContent) {
  const { locations: _l, openingHours: _h, exceptions: _e, ...columns } = content;
  return columns;
}

/** Replaces a measure's locations, hours and exceptions with the given ones. */
export async function replaceChildren(tx: Tx, measureId: string, content: MeasureContent): Promise<void> {
  await tx.location.deleteMany({ where: { measureId } });
  await tx.openingHours.deleteMany({ where: { measureId } });
  await tx.openingException.deleteMany({ where: { measureId } });
  if (content.locations.length > 0) {
    await tx.location.createMany({ data: content.locations.map((l, position) => ({ ...l, measureId, position })) });
  }
  if (content.openingHours.length > 0) {
    await tx.openingHours.createMany({
      data: content.openingHours.map((h) => ({ ...h, measureId, validFrom: h.validFrom ? dateColumn(h.validFrom) : null, validTo: h.validTo ? dateColumn(h.validTo) : null })),
    });
  }
  if (content.exceptions.length > 0) {
    await tx.openingException.createMany({
      data: content.exceptions.map((e) => ({ ...e, measureId, startDate: dateColumn(e.startDate), endDate: dateColumn(e.endDate) })),
    });
  }
}

/** Keeps links to an old slug working; a slug taken into use again stops redirecting. */
export async function recordSlugChange(tx: Tx, measureId: string, oldSlug: string, newSlug: string): Promise<void> {
  await tx.slugRedirect.deleteMany({ where: { oldSlug: newSlug } });
  if (oldSlug === newSlug) return;
  await tx.slugRedirect.upsert({
    where: { oldSlug },
    create: { oldSlug, measureId },
    update: { measureId },
  });
}
