// Error keys (from zod schemas, services and actions) as text, from the one namespace
// Forms.errors. Keys it does not know read as "invalid value" rather than as a raw key.
import { useTranslations } from 'next-intl';

/** `path` is the field the message is about; none for the whole form's message. */
export type ErrorText = (key: string, path?: string) => string;

export function useErrorText(values?: Record<string, string | number>): ErrorText {
  const t = useTranslations('Forms.errors');
  return (key) => (t.has(key as 'invalid') ? t(key as 'invalid', values) : t('invalid'));
}
