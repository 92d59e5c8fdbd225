'use server';
// Editors marking visitors' error reports handled, or open again, or deleting one. Plain
// form posts (they work without JavaScript); the outcome travels back in the URL (?done=…).
import { z } from 'zod';
import { deleteErrorReport, setErrorReportHandled } from '@/lib/services/error-reports';
import { EDITORS } from '@/lib/services/types';
import { getPrisma } from '@/lib/db';
import { redirectToAdmin } from './navigation';
import { postAction, type ActionContext } from './safe-action';

type ErrorReportOutcome = 'handled' | 'reopened' | 'deleted' | 'notFound' | 'confirmDelete';

const reportId = z.uuid();
/** The list the button was on, to go back to: which view, which page. */
const listSchema = z.object({
  view: z.string().optional().catch(undefined),
  page: z.string().regex(/^\d{1,4}$/).optional().catch(undefined),
});

function backToList(list: z.output<typeof listSchema>, done: ErrorReportOutcome, report?: string): Promise<never> {
  return redirectToAdmin('/admin/meldinger', {
    ...(list.view === 'handled' ? { vis: 'behandlet' } : {}),
    ...(list.page && list.page !== '1' ? { page: list.page } : {}),
    done,
    ...(report ? { report } : {}),
  });
}

const setHandled = (handled: boolean) =>
  async ({ actor, bound: [id], input }: ActionContext<{ roles: typeof EDITORS }, [typeof reportId], typeof listSchema>) => {
    const result = await setErrorReportHandled(getPrisma(), actor, id, handled);
    return backToList(input, result.ok ? (handled ? 'handled' : 'reopened') : 'notFound');
  };

export const markErrorReportHandledAction = postAction(
  { access: { roles: EDITORS }, bound: [reportId], input: listSchema },
  setHandled(true),
);

export const reopenErrorReportAction = postAction(
  { access: { roles: EDITORS }, bound: [reportId], input: listSchema },
  setHandled(false),
);

/** Deletes a report for good, once the editor has ticked the confirmation box. */
export const deleteErrorReportAction = postAction(
  { access: { roles: EDITORS }, bound: [reportId], input: listSchema.extend({ confirm: z.string().optional() }) },
  async ({ actor, bound: [id], input }) => {
    if (input.confirm !== 'yes') return backToList(input, 'confirmDelete', id);
    const result = await deleteErrorReport(getPrisma(), actor, id);
    return backToList(input, result.ok ? 'deleted' : 'notFound');
  },
);
