// Which publication status a measure may move to from the one it has.
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

export const STATUS_TRANSITIONS: Record<PublicationStatus, readonly PublicationStatus[]> = {
  DRAFT: ['PUBLISHED', 'ARCHIVED'],
  PUBLISHED: ['DRAFT', 'ARCHIVED'],
  ARCHIVED: ['DRAFT'],
};

export const canChangeStatus = (from: PublicationStatus, to: PublicationStatus) => STATUS_TRANSITIONS[from].includes(to);
