import { getFormatter, getTranslations } from 'next-intl/server';
import { listMeasureConfirmations } from '@/lib/data/confirmation';

/** A measure's confirmation requests and their answers (its history page). */
export async function ConfirmationHistory({ measureId }: { measureId: string }) {
  const [t, format, rows] = await Promise.all([getTranslations('AdminConfirmation'), getFormatter(), listMeasureConfirmations(measureId)]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="confirmation-history" className="space-y-2">
      <h2 id="confirmation-history" className="text-xl font-bold">{t('historyTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {rows.map((r) => (
            <li key={r.requestId} className="py-2">
              {t('historyLine', { kind: r.kind, email: r.email, sent: r.sentAt ? t('sentOn', { date: date(r.sentAt) }) : t('notSent') })}
              <span className="block text-sm text-muted">
                {t('dueOn', { date: date(r.dueOn) })}
                {r.reminderSentAt && <> · {t('reminded', { date: date(r.reminderSentAt) })}</>}
                {' · '}
                {r.answeredAt
                  ? r.answer === 'CONFIRMED' ? t('answerConfirmed', { date: date(r.answeredAt) }) : t('answerChanged', { date: date(r.answeredAt) })
                  : r.unansweredAt ? t('unanswered', { date: date(r.unansweredAt) }) : t('waiting')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
