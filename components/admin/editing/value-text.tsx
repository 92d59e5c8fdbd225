// A field's value as an editor reads it, for diffs (conflicts, history, change requests).
import { useTranslations } from 'next-intl';
import { formatMinutes } from '@/lib/domain/opening-hours';
import { MEASURE_BOOLEAN_FIELDS } from '@/lib/validation/measure';

const ENUM_FIELDS: Record<string, string> = {
  kind: 'MeasureKind',
  categories: 'ContentCategory',
  districts: 'District',
  targetGroups: 'TargetGroup',
  gender: 'Gender',
  sobrietyRule: 'SobrietyRule',
  type: 'ProviderType',
};

type Row = Record<string, unknown>;

export function ValueText({ field, value, names }: { field: string; value: unknown; names?: Record<string, string> }) {
  const t = useTranslations('AdminEdit');
  const tEnum = useTranslations('Enums');
  const tHours = useTranslations('Hours');
  const none = t('common.none');
  const enumLabel = (group: string, v: string) => {
    const key = `${group}.${v}`;
    return tEnum.has(key as 'Gender.ALL') ? tEnum(key as 'Gender.ALL') : v;
  };
  const time = (m: unknown) => (typeof m === 'number' ? formatMinutes(m) : '?');

  let text: string;
  if ((MEASURE_BOOLEAN_FIELDS as readonly string[]).includes(field)) {
    text = value === true ? t('common.yes') : value === false ? t('common.no') : t('common.unknown');
  } else if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    text = none;
  } else if (typeof value === 'boolean') {
    text = value ? t('common.yes') : t('common.no');
  } else if (field === 'status' && typeof value === 'string') {
    text = t.has(`enums.PublicationStatus.${value}` as 'enums.PublicationStatus.DRAFT') ? t(`enums.PublicationStatus.${value}` as 'enums.PublicationStatus.DRAFT') : value;
  } else if (field === 'hoursStatus' && typeof value === 'string') {
    text = t(`enums.HoursStatus.${value}` as 'enums.HoursStatus.UNKNOWN');
  } else if (field === 'updatesLanguage' && typeof value === 'string' && t.has(`enums.Language.${value}` as 'enums.Language.nb')) {
    text = t(`enums.Language.${value}` as 'enums.Language.nb');
  } else if (ENUM_FIELDS[field]) {
    text = (Array.isArray(value) ? value : [value]).map((v) => enumLabel(ENUM_FIELDS[field]!, String(v))).join(', ');
  } else if ((field === 'providerId' || field === 'measureId') && typeof value === 'string') {
    text = names?.[value] ?? value;
  } else if (field === 'openingHours' && Array.isArray(value)) {
    text = (value as Row[])
      .map((h) => {
        const day = tHours.has(`weekday.${h.weekday}` as 'weekday.1') ? tHours(`weekday.${h.weekday}` as 'weekday.1') : String(h.weekday);
        const season = h.validFrom || h.validTo ? ` (${h.validFrom ?? ''}–${h.validTo ?? ''})` : '';
        return `${day} ${time(h.opensAt)}–${time(h.closesAt)}${season}`;
      })
      .join('; ');
  } else if (field === 'exceptions' && Array.isArray(value)) {
    text = (value as Row[])
      .map((e) => {
        const range = e.startDate === e.endDate ? String(e.startDate) : `${e.startDate}–${e.endDate}`;
        const hours = e.closed ? t('form.closed') : `${time(e.opensAt)}–${time(e.closesAt)}`;
        return `${range}: ${hours}${e.note ? ` (${e.note})` : ''}`;
      })
      .join('; ');
  } else if (field === 'locations' && Array.isArray(value)) {
    text = (value as Row[])
      .map((l) => [l.name, l.address, [l.postcode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', '))
      .join('; ');
  } else if (field === 'entries' && Array.isArray(value)) {
    // "Trenger du hjelp nå?": each contact with its number or page, and whether it is demo data.
    text = (value as Row[])
      .map((e) => `${e.label}: ${[e.phone, e.href].filter(Boolean).join(', ')}${e.placeholder ? ` (${t('helpBlock.fields.placeholder')})` : ''}`)
      .join('; ');
  } else if (typeof value === 'object') {
    text = JSON.stringify(value);
  } else {
    text = String(value);
  }
  return <span className="whitespace-pre-line break-words">{text}</span>;
}
