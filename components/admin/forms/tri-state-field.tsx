import { useTranslations } from 'next-intl';
import { SelectField, type FieldProps } from '@/components/forms/fields';
import { textAt } from '@/components/forms/values';

/** Yes / no / unknown. "Unknown" is sent as "unknown" and stored as NULL. */
export function TriStateField(props: FieldProps) {
  const t = useTranslations('AdminEdit');
  const value = textAt(props.values, props.path) || 'unknown';
  return (
    <SelectField
      {...props}
      values={{ [props.path]: value }}
      options={[
        { value: 'unknown', label: t('common.unknown') },
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
    />
  );
}
