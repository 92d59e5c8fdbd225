import { getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/forms/fields';
import { requestConfirmationAction } from '@/lib/actions/confirmation';

/**
 * "Be tilbyderen bekrefte": asks the contacts of these measures now, one mail per contact.
 * A plain POST (no JavaScript). `back`: the admin page to return to.
 */
export async function RequestConfirmationForm({ measureIds, back = '/admin/tiltak' }: { measureIds: string[]; back?: string }) {
  const t = await getTranslations('AdminConfirmation');
  return (
    <form action={requestConfirmationAction}>
      {measureIds.map((id) => <input key={id} type="hidden" name="measureIds" value={id} />)}
      <input type="hidden" name="back" value={back} />
      <SubmitButton>{measureIds.length === 1 ? t('sendOne') : t('sendSelected')}</SubmitButton>
    </form>
  );
}

/**
 * The same request for measures ticked in a list: the boxes sit in the table's rows and
 * belong to this form through their `form` attribute, so the list needs no client code.
 */
export async function RequestSelectedForm({ id, back = '/admin/tiltak' }: { id: string; back?: string }) {
  const t = await getTranslations('AdminConfirmation');
  return (
    <form id={id} action={requestConfirmationAction}>
      <input type="hidden" name="back" value={back} />
      <SubmitButton>{t('sendSelected')}</SubmitButton>
    </form>
  );
}
