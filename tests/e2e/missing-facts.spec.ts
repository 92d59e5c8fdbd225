import { expect, test } from '@playwright/test';
import nb from '../../messages/nb.json';
import { useOwnClientAddress } from './helpers/admin';
import { openCatalogue, resultCards } from './helpers/catalogue';

// Known facts shown, unknown ones gathered into one line or note, and always a way in, on
// the demo data (prisma/seed-data), where most facts are unknown.

const TOKEN_MIN_AGE_MS = 3_000;
const DAGSVERKET_MISSING = 'alder, kjønn, bydel, henvisning, søknad, drop-in, anonymitet, pris, følge første gang, rullestoltilgang og krav om rusfrihet';

test('cards show known facts only, and at most one line naming the missing ones', async ({ page }) => {
  let withLine = 0;
  for (const p of ['1', '2']) {
    await openCatalogue(page, { page: p });
    for (const c of await resultCards(page).all()) {
      await expect(c).not.toContainText(nb.Facts.unknown);
      const lines = c.locator('[data-missing-facts]');
      expect(await lines.count()).toBeLessThanOrEqual(1);
      if ((await lines.count()) === 1) {
        withLine++;
        await expect(lines).toHaveText(/^\p{Lu}.* er ikke oppgitt$/u);
      }
    }
  }
  expect(withLine).toBeGreaterThan(10);
  // Tidlig Ute states its age only: the rest of what a card shows is named once.
  await openCatalogue(page, { q: 'tidlig ute' });
  const tidligUte = resultCards(page).filter({ hasText: 'Tidlig Ute' }).first();
  await expect(tidligUte.locator('dl')).toHaveText(/^Alder\s*15–25 år$/);
  await expect(tidligUte.locator('[data-missing-facts]')).toHaveText('Kjønn, bydel, henvisning og åpningstider er ikke oppgitt');
});

test.describe('a measure page with unknown facts', () => {
  test.use({ javaScriptEnabled: false });

  test('shows one note on what is missing, whose link opens the report form about those facts, which sends without JavaScript', async ({ page }) => {
    test.slow();
    await useOwnClientAddress(page);
    await page.goto('/tiltak/dagsverket');
    const main = page.locator('main');
    await expect(main).not.toContainText(nb.Facts.unknown);
    const note = main.locator('[data-missing-facts]');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText(`Vi mangler opplysninger om ${DAGSVERKET_MISSING}.`);
    // Known facts are still shown: the hours and the target group.
    await expect(page.getByRole('heading', { level: 2, name: nb.Measure.openingHours })).toBeVisible();
    await expect(main).toContainText(`${nb.Measure.targetGroups}${nb.Enums.TargetGroup.USERS}`);
    // No section left with only unknowns.
    await expect(page.getByRole('heading', { level: 2, name: nb.Measure.entry })).toHaveCount(0);

    await note.getByRole('link', { name: nb.Facts.missingNoteLink }).click();
    await expect(page).toHaveURL(/\/tiltak\/dagsverket\/meld-feil\?mangler=age%2Cgender%2Cdistrict/);
    const loadedAt = Date.now();
    await expect(main).toContainText(`Vet du noe om ${DAGSVERKET_MISSING}?`);
    await page.getByLabel('Beskriv feilen').fill(`Dagsverket er for alle over 18 år ${Date.now()}`);
    const left = loadedAt + TOKEN_MIN_AGE_MS + 500 - Date.now();
    if (left > 0) await page.waitForTimeout(left);
    await page.getByRole('button', { name: 'Send melding' }).click();
    await expect(page).toHaveURL(/\/tiltak\/dagsverket\/meld-feil\?sendt=1$/);
    await expect(page.getByRole('status')).toContainText('Takk for meldingen');
  });

  test('a bad fact in the link is dropped, not refused', async ({ page }) => {
    const response = await page.goto('/tiltak/dagsverket/meld-feil?mangler=gender,nonsense,age');
    expect(response?.status()).toBe(200);
    await expect(page.locator('main')).toContainText('Vet du noe om alder og kjønn?');
    await expect(page.locator('input[name="facts"]')).toHaveValue('age,gender');
    await page.goto('/tiltak/dagsverket/meld-feil?mangler=nonsense');
    await expect(page.locator('main')).toContainText(nb.ErrorReport.intro);
    await expect(page.locator('input[name="facts"]')).toHaveCount(0);
  });
});

test('a measure without a way of its own to start shows whose contact to use', async ({ page }) => {
  // Dagsverket and its provider give no contact: Fritid med bistand helps.
  await page.goto('/tiltak/dagsverket');
  const start = page.getByRole('region', { name: nb.Measure.howToStart });
  await expect(start).toContainText('Fritid med bistand hjelper deg i gang');
  await expect(start.getByRole('link', { name: '55 56 55 56', exact: true })).toHaveAttribute('href', 'tel:55565556');
  await expect(start.getByRole('link', { name: 'Les om Fritid med bistand' })).toHaveAttribute('href', '/tiltak/fritid-med-bistand');

  // Fritid med bistand's own page gives its own contact, as the service's.
  await page.goto('/tiltak/fritid-med-bistand');
  const own = page.getByRole('region', { name: nb.Measure.howToStart });
  await expect(own).toContainText('Kontakt tilbudet ved Bergen kommune, sentralbordet');
  await expect(own.getByRole('link', { name: '55 56 55 56', exact: true })).toHaveAttribute('href', 'tel:55565556');
  await expect(page.locator('main')).not.toContainText(nb.Facts.unknown);

  // A measure with its own words on how to start shows them.
  await page.goto('/tiltak/tidlig-ute');
  await expect(page.getByRole('region', { name: nb.Measure.howToStart })).toContainText('Tilbudet gis etter at du er pågrepet av politiet.');
});

test('the printed list: the note first, a way in for every item, and compressed hours', async ({ page }) => {
  await page.goto('/min-liste?list=dagsverket,fritid-med-bistand');
  const note = `Til Ola: ring før du går ${Date.now()}`;
  await page.getByRole('textbox', { name: nb.MyList.noteLabel }).fill(note);
  await page.emulateMedia({ media: 'print' });
  const printedNote = page.getByText(note);
  await expect(printedNote).toBeVisible();
  const items = page.locator('li.my-list-item');
  await expect(items).toHaveCount(2);
  const noteBox = (await printedNote.boundingBox())!;
  const firstItem = (await items.first().boundingBox())!;
  expect(noteBox.y).toBeLessThan(firstItem.y);

  await expect(items.nth(0)).toContainText('Fritid med bistand hjelper deg i gang');
  await expect(items.nth(0).getByRole('link', { name: '55 56 55 56', exact: true })).toHaveAttribute('href', 'tel:55565556');
  await expect(items.nth(1)).toContainText('Kontakt tilbudet ved Bergen kommune, sentralbordet');
  // Fritid med bistand's demo week: weekdays 09–15, an evening group on Tuesdays, Saturday 11–15.
  const hours = items.nth(1).locator('[data-hours-group]');
  await expect(hours).toHaveText(['man, ons–fre 09–15', 'tir 09–15 og 17–20', 'lør 11–15']);
});
