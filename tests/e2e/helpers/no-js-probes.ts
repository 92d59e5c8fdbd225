// One probe for every server action: the page its form is on, who may see that form, and
// what to send so the action fails. tests/e2e/no-js-forms.spec.ts posts each form the way a
// browser without JavaScript does and wants an answer within seconds; the unit test
// tests/unit/no-js-probes.test.ts fails when an action in the source has no probe here.

/** Who opens the page. The `noJs*` accounts are this test's own (tests/e2e/helpers/admin.ts). */
export type ProbeRole = 'anonymous' | 'editor' | 'admin' | 'noJsEditor' | 'noJsTotpEditor';

export interface NoJsProbe {
  role: ProbeRole;
  /** The page with the form. `{measure}` and `{user}` are the spec's own measure and user. */
  path: string;
  /** Values to put in the form's fields (by name; hidden fields too) before sending it. */
  fields?: Record<string, string>;
  /** Files for file inputs (by name). */
  files?: Record<string, { name: string; mimeType: string; text: string }>;
  /** The id the server bound to the action is swapped for one that finds nothing. */
  unknownId?: boolean;
  /** The session cookie is dropped after the page is loaded, before the form is sent. */
  signedOut?: boolean;
  /** The form is not on the page in the test setup (SSO is not configured): post its action id by hand. */
  hidden?: boolean;
  /** Why the post fails. */
  failure: string;
}

const TOO_LONG = 'x'.repeat(1_200);

/** Keyed like the source scan: `<file>#<exported name>`. */
export const NO_JS_PROBES: Record<string, NoJsProbe> = {
  'lib/actions/sign-in.ts#signInAction': {
    role: 'anonymous',
    path: '/admin/logg-inn',
    fields: { email: 'nobody@example.org', password: 'not the password' },
    failure: 'unknown account',
  },
  'lib/actions/sign-in.ts#ssoSignInAction': {
    role: 'anonymous',
    path: '/admin/logg-inn',
    hidden: true,
    failure: 'single sign-on is not configured',
  },
  'lib/actions/password-reset.ts#requestPasswordResetAction': {
    role: 'anonymous',
    path: '/admin/glemt-passord',
    fields: { email: 'not an address' },
    failure: 'invalid email address',
  },
  'lib/actions/password-reset.ts#resetPasswordAction': {
    role: 'anonymous',
    path: '/admin/tilbakestill-passord?token=x',
    fields: { password: 'aaaaaaaaaaaa', confirm: 'b' },
    failure: 'made-up token, passwords differ',
  },
  'lib/actions/error-reports.ts#submitErrorReportAction': {
    role: 'anonymous',
    path: '/tiltak/tidlig-ute/meld-feil',
    fields: { message: '' },
    failure: 'nothing described',
  },
  'lib/actions/contact-requests.ts#submitContactRequestAction': {
    role: 'anonymous',
    path: '/tiltak/steg-for-steg/kontakt-meg',
    fields: { name: '', contact: 'ring meg' },
    failure: 'no name, no way to reach, no consent',
  },
  // A provider's answer from a confirmation mail: the page of a made-up link has no form.
  'lib/actions/confirmation.ts#confirmFromLinkAction': {
    role: 'anonymous',
    path: '/bekreft/made-up-link',
    hidden: true,
    failure: 'made-up link, nothing chosen',
  },
  'lib/actions/confirmation.ts#proposeFromLinkAction': {
    role: 'anonymous',
    path: '/bekreft/made-up-link',
    hidden: true,
    failure: 'made-up link, no facts',
  },
  'lib/actions/confirmation.ts#requestConfirmationAction': {
    role: 'noJsEditor',
    path: '/admin/tiltak/{measure}',
    fields: { measureIds: 'not-a-measure' },
    failure: 'no valid measure chosen',
  },
  'lib/actions/account.ts#signOutAction': {
    role: 'noJsEditor',
    path: '/admin/konto',
    signedOut: true,
    failure: 'the session has ended',
  },
  'lib/actions/account.ts#enableTwoFactorAction': {
    role: 'noJsEditor',
    path: '/admin/konto',
    fields: { password: 'not the password' },
    failure: 'wrong password',
  },
  'lib/actions/account.ts#confirmTwoFactorAction': {
    role: 'noJsEditor',
    path: '/admin/konto',
    fields: { code: '12ab' },
    failure: 'malformed code',
  },
  'lib/actions/account.ts#regenerateBackupCodesAction': {
    role: 'noJsTotpEditor',
    path: '/admin/konto',
    fields: { backupPassword: 'not the password' },
    failure: 'wrong password',
  },
  'lib/actions/account.ts#disableTwoFactorAction': {
    role: 'noJsTotpEditor',
    path: '/admin/konto',
    fields: { disablePassword: '' },
    failure: 'no password',
  },
  'lib/actions/users.ts#createUserAction': {
    role: 'admin',
    path: '/admin/brukere',
    fields: { name: '', email: 'not an address', role: 'superuser' },
    failure: 'missing name, invalid email and role',
  },
  'lib/actions/users.ts#changeRoleAction': {
    role: 'admin',
    path: '/admin/brukere/{user}',
    fields: { role: '' },
    failure: 'no role',
  },
  'lib/actions/users.ts#setActiveAction': {
    role: 'admin',
    path: '/admin/brukere/{user}',
    unknownId: true,
    failure: 'unknown user',
  },
  'lib/actions/users.ts#sendResetLinkAction': {
    role: 'admin',
    path: '/admin/brukere/{user}',
    unknownId: true,
    failure: 'unknown user',
  },
  'lib/actions/users.ts#deleteUserAction': {
    role: 'admin',
    path: '/admin/brukere/{user}',
    failure: 'not confirmed',
  },
  'lib/actions/measures.ts#createMeasureAction': {
    role: 'editor',
    path: '/admin/tiltak/ny',
    fields: { name: '', kind: 'NOPE', ageMin: '-3' },
    failure: 'missing name, invalid kind and age',
  },
  'lib/actions/measures.ts#updateMeasureAction': {
    role: 'editor',
    path: '/admin/tiltak/{measure}',
    fields: { name: '', kind: 'NOPE', ageMin: '-3', version: '1' },
    failure: 'missing name, invalid kind and age, stale version',
  },
  'lib/actions/measures.ts#setMeasureStatusAction': {
    role: 'editor',
    path: '/admin/tiltak/{measure}',
    fields: { version: '999' },
    failure: 'stale version',
  },
  'lib/actions/measures.ts#verifyMeasureAction': {
    role: 'editor',
    path: '/admin/tiltak/{measure}',
    fields: { version: 'abc' },
    failure: 'malformed version',
  },
  'lib/actions/measures.ts#deleteMeasureAction': {
    role: 'admin',
    path: '/admin/tiltak/{measure}',
    failure: 'not confirmed',
  },
  'lib/actions/measures.ts#restoreMeasureAction': {
    role: 'editor',
    path: '/admin/tiltak/{measure}/historikk',
    fields: { entryId: 'not-an-entry' },
    failure: 'malformed history entry',
  },
  'lib/actions/change-requests.ts#approveChangeRequestAction': {
    role: 'editor',
    path: '/admin/endringer',
    unknownId: true,
    failure: 'unknown proposal',
  },
  'lib/actions/change-requests.ts#rejectChangeRequestAction': {
    role: 'editor',
    path: '/admin/endringer',
    fields: { note: TOO_LONG },
    failure: 'note too long',
  },
  'lib/actions/error-report-handling.ts#markErrorReportHandledAction': {
    role: 'editor',
    path: '/admin/meldinger',
    fields: { page: 'abc' },
    unknownId: true,
    failure: 'unknown report',
  },
  'lib/actions/error-report-handling.ts#reopenErrorReportAction': {
    role: 'editor',
    path: '/admin/meldinger?vis=behandlet',
    unknownId: true,
    failure: 'unknown report',
  },
  'lib/actions/error-report-handling.ts#deleteErrorReportAction': {
    role: 'editor',
    path: '/admin/meldinger',
    failure: 'not confirmed',
  },
  'lib/actions/sign-in-lock.ts#unlockSignInAction': {
    role: 'admin',
    path: '/admin/brukere/{user}',
    // The unlock form is shown only while the person is locked, which the probe's user is not.
    hidden: true,
    failure: 'no user id',
  },
  'lib/actions/import.ts#importMeasuresAction': {
    role: 'editor',
    path: '/admin/eksport',
    files: { file: { name: 'tiltak.csv', mimeType: 'text/csv', text: 'not;a;measure\n"unclosed' } },
    failure: 'not the import format',
  },
  'lib/actions/import.ts#importProvidersAction': {
    role: 'editor',
    path: '/admin/eksport',
    files: { file: { name: 'tilbydere.csv', mimeType: 'text/csv', text: 'slug;name;type;updatesLanguage\nny-tilbyder;Ny;NON_PROFIT;sv' } },
    failure: 'unknown language',
  },
  'lib/actions/news.ts#saveNewsAction': {
    role: 'editor',
    path: '/admin/nyheter/ny',
    fields: { title: '', status: 'NOPE', publishedAt: '2026-02-31' },
    failure: 'missing title, invalid status and date',
  },
  'lib/actions/help-block.ts#saveHelpBlockAction': {
    role: 'editor',
    path: '/admin/hjelp/nn',
    fields: { heading: '', 'entries[0][phone]': 'not a number' },
    failure: 'missing heading, a number that cannot be dialled',
  },
  'lib/actions/providers.ts#saveProviderAction': {
    role: 'editor',
    path: '/admin/tilbydere/ny',
    fields: { name: '', website: 'not a url' },
    failure: 'missing name, invalid website',
  },
};
