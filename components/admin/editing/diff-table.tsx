// A table of changed fields: one column per side (before/after, theirs/yours, now/proposed).
import { useTranslations } from 'next-intl';
import { ValueText } from './value-text';

export interface DiffRow {
  field: string;
  left: unknown;
  right: unknown;
}

export function DiffTable({ rows, caption, leftLabel, rightLabel, names }: { rows: DiffRow[]; caption: string; leftLabel: string; rightLabel: string; names?: Record<string, string> }) {
  const t = useTranslations('AdminEdit');
  const label = (field: string) => (t.has(`fields.${field}` as 'fields.name') ? t(`fields.${field}` as 'fields.name') : field);
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-400">
          <th scope="col" className="py-1 pr-3">{t('conflict.field')}</th>
          <th scope="col" className="py-1 pr-3">{leftLabel}</th>
          <th scope="col" className="py-1">{rightLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.field} className="border-b border-gray-200 align-top">
            <th scope="row" className="py-1 pr-3 font-semibold">{label(r.field)}</th>
            <td className="py-1 pr-3"><ValueText field={r.field} value={r.left} names={names} /></td>
            <td className="py-1"><ValueText field={r.field} value={r.right} names={names} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
