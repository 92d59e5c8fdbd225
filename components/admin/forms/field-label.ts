import type { useTranslations } from 'next-intl';

type T = ReturnType<typeof useTranslations<'AdminEdit'>>;

/** A field path's label: "openingHours.2.opensAt" → "Ukentlige åpningstider, rad 3: Åpner". */
export function fieldLabel(t: T, path: string): string {
  const [field, index, sub] = path.split('.');
  const name = t.has(`fields.${field}` as 'fields.name') ? t(`fields.${field}` as 'fields.name') : field!;
  if (index === undefined) return name;
  const row = t('form.row', { row: Number(index) + 1 });
  if (!sub) return `${name}, ${row}`;
  const subKey = sub === 'name' && field === 'locations' ? 'locationName' : sub;
  const subLabel = t.has(`form.${subKey}` as 'form.note') ? t(`form.${subKey}` as 'form.note') : sub;
  return `${name}, ${row}: ${subLabel}`;
}
