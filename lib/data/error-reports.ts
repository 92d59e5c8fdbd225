import 'server-only';
import { getPrisma } from '@/lib/db';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { isEditor, type Actor } from '@/lib/services/types';
import { isSlug } from '@/lib/validation/fields';
import type { Fact } from '@/lib/catalogue/facts';
import { parseReportFacts } from '@/lib/validation/error-report';

export interface ReportableMeasure {
  id: string;
  slug: string;
  name: string;
  nameNn: string | null;
  nameEn: string | null;
}

/** The published measure a "Meld feil" form is about, or null (unknown, draft, archived). */
export async function getReportableMeasure(slug: string, prisma: PrismaClient = getPrisma()): Promise<ReportableMeasure | null> {
  if (!isSlug(slug)) return null;
  return prisma.measure.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { id: true, slug: true, name: true, nameNn: true, nameEn: true } });
}

// The reports as editors and admins see them. Reports can hold a visitor's name and phone
// number, and keeping listings right is the editorial team's job, so provider accounts see
// none (their own measures' problems reach them through the editors).

export type ErrorReportView = 'open' | 'handled';
export const ERROR_REPORT_PAGE_SIZE = 25;

export interface ErrorReportItem {
  id: string;
  measureId: string;
  measureName: string;
  measureSlug: string;
  message: string;
  /** The facts the report is about, when sent from a page's "we are missing" note. */
  facts: Fact[];
  contactName: string | null;
  contact: string | null;
  /** Set when the retention job removed the contact details (lib/jobs/retention.ts). */
  contactErasedAt: Date | null;
  locale: string;
  createdAt: Date;
  handledAt: Date | null;
  handledBy: string | null;
}

const select = {
  id: true,
  message: true,
  facts: true,
  contactName: true,
  contact: true,
  contactErasedAt: true,
  locale: true,
  createdAt: true,
  handledAt: true,
  measure: { select: { id: true, name: true, slug: true } },
  handledBy: { select: { name: true } },
} satisfies Prisma.ErrorReportSelect;

type Row = Prisma.ErrorReportGetPayload<{ select: typeof select }>;

const toItem = ({ measure, handledBy, facts, ...row }: Row): ErrorReportItem => ({
  ...row,
  facts: parseReportFacts(facts),
  measureId: measure.id,
  measureName: measure.name,
  measureSlug: measure.slug,
  handledBy: handledBy?.name ?? null,
});

const whereFor = (view: ErrorReportView): Prisma.ErrorReportWhereInput =>
  view === 'open' ? { handledAt: null } : { handledAt: { not: null } };

/** Open reports oldest first (the longest waiting on top); handled ones latest handled first. */
export async function listErrorReports(
  actor: Actor,
  view: ErrorReportView,
  { page = 1, pageSize = ERROR_REPORT_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
  prisma: PrismaClient = getPrisma(),
): Promise<{ total: number; items: ErrorReportItem[] } | null> {
  if (!isEditor(actor)) return null;
  const where = whereFor(view);
  const orderBy: Prisma.ErrorReportOrderByWithRelationInput[] =
    view === 'open' ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ handledAt: 'desc' }, { id: 'asc' }];
  const [total, rows] = await Promise.all([
    prisma.errorReport.count({ where }),
    prisma.errorReport.findMany({ where, select, orderBy, skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { total, items: rows.map(toItem) };
}

/** How many wait, and the newest few, for the dashboard. */
export async function latestOpenErrorReports(actor: Actor, take: number, prisma: PrismaClient = getPrisma()) {
  if (!isEditor(actor)) return null;
  const where = whereFor('open');
  const [total, rows] = await Promise.all([
    prisma.errorReport.count({ where }),
    prisma.errorReport.findMany({ where, select, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take }),
  ]);
  return { total, items: rows.map(toItem) };
}
