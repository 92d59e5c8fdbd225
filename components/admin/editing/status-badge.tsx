import { useTranslations } from 'next-intl';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

const STYLE: Record<PublicationStatus, string> = {
  DRAFT: 'border-gray-500 bg-gray-100 text-gray-900',
  PUBLISHED: 'border-green-700 bg-green-50 text-green-900',
  ARCHIVED: 'border-warn-800 bg-warn-50 text-warn-800',
};

export function StatusBadge({ status }: { status: PublicationStatus }) {
  const t = useTranslations('AdminEdit');
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>{t(`enums.PublicationStatus.${status}`)}</span>;
}
