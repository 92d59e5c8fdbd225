'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { importMeasuresAction, importProvidersAction, type ImportState } from '@/lib/actions/import';
import { useErrorText } from '@/components/forms/error-text';
import { SubmitButton } from '@/components/forms/fields';
import { fieldLabel } from './field-label';

/** Upload → dry-run report → apply everything in one go (the checked text is carried along). */
export function ImportForm({ kind }: { kind: 'measures' | 'providers' }) {
  const t = useTranslations('AdminEdit');
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState<ImportState, FormData>(kind === 'measures' ? importMeasuresAction : importProvidersAction, { status: 'idle' });
  // Both imports share a page, so their ids carry the kind.
  const id = (name: string) => `${kind}-${name}`;
  const reportRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') reportRef.current?.focus();
  }, [state]);
  const report = state.status === 'done' ? state.report : null;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" aria-busy={pending || undefined}>
        <label htmlFor={id('import-file')} className="block font-semibold">{t('fields.file')}</label>
        <input id={id('import-file')} name="file" type="file" accept=".csv,text/csv" className="block" aria-describedby={state.status === 'error' ? id('import-error') : undefined} />
        <input type="hidden" name="intent" value="check" />
        <SubmitButton pending={pending}>{pending ? t('csv.checking') : t('csv.check')}</SubmitButton>
      </form>
      <div ref={reportRef} tabIndex={-1} aria-live="polite" className="space-y-3">
        {state.status === 'error' && <p id={id('import-error')} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">{errorText(state.formError ?? 'invalid')}</p>}
        {report && (
          <section aria-labelledby={id('report-heading')} className="space-y-3 rounded border border-gray-300 p-4">
            <h3 id={id('report-heading')} className="text-xl font-bold text-brand-900">{t('csv.reportTitle')}</h3>
            <p>{t('csv.summary', { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged })}</p>
            {state.applied && <p className="font-semibold text-green-900">{t('csv.applied')}</p>}
            {report.problems.length > 0 ? (
              <>
                <p role="alert" className="font-semibold text-red-800">{t('csv.problems', { count: report.problems.length })}</p>
                <table className="w-full border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b border-gray-400">
                      <th scope="col" className="py-1 pr-3">{t('csv.line')}</th>
                      <th scope="col" className="py-1 pr-3">{t('csv.field')}</th>
                      <th scope="col" className="py-1">{t('csv.message')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.problems.map((p, i) => (
                      <tr key={i} className="border-b border-gray-200">
                        <td className="py-1 pr-3">{p.line}</td>
                        <td className="py-1 pr-3">{fieldLabel(t, p.field)}</td>
                        <td className="py-1">{p.messages.map((m) => errorText(m)).join(' ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              !state.applied &&
              state.csv && (
                <form action={formAction} className="space-y-2">
                  <p>{t('csv.clean')}</p>
                  <input type="hidden" name="intent" value="apply" />
                  <textarea name="csv" defaultValue={state.csv} hidden readOnly aria-hidden="true" />
                  <SubmitButton pending={pending}>{t('csv.apply')}</SubmitButton>
                </form>
              )
            )}
          </section>
        )}
      </div>
    </div>
  );
}
