// The whole way of one customer through Lotse, in a real Chromium against the running system:
// the AV checks and refers, the FM admits, assesses, agrees a plan, records a contact, obtains a
// consent and refers to a partner, closes the case — and management's figures, those of the reporting
// date (the end of yesterday, taken once), stay as they were: comparing them reveals nothing.
// Each step saves a screenshot of its screen for web/README.md.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, screenshot, settled, unlabelledControls, withUser } from './support.mjs';

// A customer of its own per run, so the test also passes against a system it ran on before.
const run = Date.now() % 1_000_000;
const customerNumber = `${String(100 + (run % 900)).padStart(3, '0')}T${String(run).padStart(6, '0')}`;
const lastName = `Teststrecke${String.fromCharCode(65 + (run % 26))}${String.fromCharCode(97 + (((run / 26) % 26) | 0))}`;
const firstName = 'Merle';

let browser;
let caseId;
let closuresBefore;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function noUnlabelledControls(page, where) {
  assert.deepEqual(await unlabelledControls(page), [], `controls without a label on ${where}`);
}

function region(page, name) {
  return page.getByRole('region', { name, exact: true });
}

describe('a customer from referral to closure', { concurrency: false }, () => {
  test('the AV checks eligibility, sees a field error, and refers the customer', () =>
    withUser(browser, 'av-bernd', 'av-referral', async ({ page }) => {
      await settled(page);
      await screenshot(page, 'av-meine-kunden');
      await page.getByRole('link', { name: 'Zugangsprüfung & Vormerkung' }).click();
      await page.getByLabel('Leistungsfähigkeit').fill('2');
      await page.getByLabel('Rahmenbedingungen').fill('2');
      await page.getByLabel('Integration voraussichtlich in (Monaten)').fill('18');
      await page.getByLabel('Fallmanagement führt voraussichtlich zu konkreten Integrationsfortschritten').check();
      await page.getByRole('button', { name: 'Zugangsprüfung durchführen' }).click();
      const result = page.getByTestId('eligibility-result');
      await result.waitFor();
      assert.ok((await result.locator('li.pass').count()) > 0, 'criteria passed are listed');

      await page.getByLabel('Kundennummer').fill('12A');
      await page.getByLabel('Vorname').fill(firstName);
      await page.getByLabel('Nachname').fill(lastName);
      await page.getByLabel('Geburtsdatum').fill('1979-03-08');
      await page.getByLabel('Team').selectOption('team-fm-1');
      await page.getByRole('button', { name: 'Vormerken' }).click();
      // the service's problem+json names the field; the message stands next to it
      const fieldError = page.locator('[data-field="customerNumber"] .field-error');
      await fieldError.waitFor();
      assert.match(await fieldError.innerText(), /3 Ziffern, 1 Großbuchstaben und 6 Ziffern/);
      await noUnlabelledControls(page, 'Zugangsprüfung');
      await screenshot(page, 'av-zugangspruefung');

      await page.getByLabel('Kundennummer').fill(customerNumber);
      await page.getByRole('button', { name: 'Vormerken' }).click();
      const success = page.getByTestId('referral-success');
      await success.waitFor();
      // the case's id is for the test only: the screen names the customer
      caseId = await success.getAttribute('data-case-id');
      assert.match(caseId, /^[0-9a-f-]{36}$/);
    }));

  test('the FM admits the customer from the decision list', () =>
    withUser(browser, 'fm-anna', 'fm-admission', async ({ page }) => {
      const awaiting = page.getByTestId('awaiting-decision');
      await awaiting.waitFor();
      assert.equal(await page.title(), 'Mein Fallbestand – Lotse');
      await screenshot(page, 'fm-fallbestand');
      // each line names the next step; a referral shows only its overview, without error boxes for what is not there
      const referred = awaiting.locator('tr', { hasText: lastName }).first();
      assert.match(await referred.innerText(), /Aufnahme entscheiden/);
      await referred.getByRole('link', { name: new RegExp(lastName) }).click();
      await page.getByRole('button', { name: 'Aufnehmen' }).waitFor();
      const tabs = page.getByRole('navigation', { name: 'Bereiche der Fallakte' }).getByRole('link');
      assert.deepEqual(await tabs.allInnerTexts(), ['Überblick']);
      await page.goto(`${BASE}/faelle/${caseId}/plan`);
      await page.getByTestId('hidden-tab').waitFor();
      assert.equal(await page.locator('.alert--error').count(), 0);
      await page.getByRole('button', { name: 'Aufnehmen' }).click();
      await page.getByLabel('Kunde/Kundin ist zur Mitwirkung bereit').check();
      await page.getByLabel('Gemeinsame Fallerörterung mit der AV am').fill(today());
      await page.getByRole('button', { name: 'Aufnahme bestätigen' }).click();
      await page.locator('.case-header').getByText('Aufgenommen').waitFor();
      // every page names itself in the browser tab: the area, the customer, the case file
      assert.equal(await page.title(), `Überblick – ${lastName}, ${firstName} – Fallakte – Lotse`);
      // the overview of the admitted case leads with what is next, and the work list names the step too
      await page
        .getByTestId('next-steps')
        .getByRole('link', { name: /Einstiegsberatung ausstehend/ })
        .waitFor();
      await screenshot(page, 'fm-fallakte-ueberblick');
      await page.goto(`${BASE}/fm`);
      const admitted = page.getByTestId('my-caseload').locator('tr', { hasText: lastName }).first();
      await admitted.waitFor();
      assert.match(await admitted.innerText(), /Einstiegsberatung ausstehend/);
    }));

  test('the FM assesses, agrees a plan and an agreement, and records a contact', () =>
    withUser(browser, 'fm-anna', 'fm-assessment-plan-contact', async ({ page }) => {
      await openCase(page);
      await page.getByRole('link', { name: 'Profiling', exact: true }).click();
      await page.getByRole('button', { name: /Neues Profiling/ }).click();
      for (const [index, description] of ['Kinderbetreuung ungeklärt', 'Belastbarkeit gering'].entries()) {
        await page.getByRole('button', { name: 'Handlungsbedarf hinzufügen' }).click();
        const row = page.getByTestId(`need-row-${index}`);
        await row.getByLabel('Schlüsselgruppe').selectOption({ index: index === 0 ? 5 : 4 });
        await row.getByLabel('Handlungsbedarf').selectOption({ index: 1 });
        await row.getByLabel('Priorität').selectOption({ index: 1 });
        await row.getByLabel('Beschreibung').fill(description);
      }
      await page.getByLabel('Zielberuf / Zieltätigkeit').fill('Fachlagerist/in');
      await page.getByLabel('Prognose (Monate)').fill('18');
      await page.getByLabel('Profil').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Profiling speichern' }).click();
      await page.getByTestId('assessment-version').waitFor();
      assert.equal((await page.getByTestId('assessment-version').innerText()).trim(), '1');
      await noUnlabelledControls(page, 'Profiling');
      await screenshot(page, 'fm-profiling');

      // the needs reach planning through assessment-completed: the plan asks for one strategy each
      await page.getByRole('link', { name: 'Plan & Vereinbarung' }).click();
      await eventually(page, async () => page.getByTestId('strategy-1').isVisible());
      await page
        .getByRole('textbox', { name: 'Leitziel', exact: true })
        .fill('Aufnahme einer Beschäftigung als Fachlageristin');
      await page.getByLabel('Zielkategorie').selectOption({ index: 1 });
      await page.getByTestId('strategy-0').fill('Kita-Platz über das Jugendamt klären, Notfallbetreuung organisieren');
      await page.getByTestId('strategy-1').fill('Belastungserprobung in einer Aktivierungsmaßnahme');
      await page.getByRole('button', { name: 'Plan speichern' }).click();
      await page.getByTestId('plan-incomplete').waitFor({ state: 'detached' });
      const agreement = region(page, 'Vereinbarung abschließen');
      await agreement
        .getByLabel('Das Jobcenter leistet')
        .fill('Übernahme der Fahrkosten zur Maßnahme\nVermittlung eines Kita-Platzes');
      await agreement
        .getByLabel('Die Kundin / der Kunde unternimmt')
        .fill('Teilnahme an der Maßnahme\nTermin beim Jugendamt');
      // since 1 July 2023 every agreement is a Kooperationsplan: no Rechtsfolgenbelehrung (docs/domain.md §15)
      assert.equal(await agreement.getByLabel('Rechtsfolgenbelehrung erteilt und dokumentiert').count(), 0);
      await agreement.getByRole('button', { name: 'Vereinbarung abschließen' }).click();
      const documentFrame = page.getByTestId('agreement-document');
      await documentFrame.waitFor();
      // printed with the Jobcenter's letterhead and the customer's name, read from intake at printing time
      const printed = await page.frameLocator('[data-testid="agreement-document"]').locator('body').innerText();
      assert.match(printed, /Fachlageristin/);
      assert.match(printed, /Kooperationsplan/);
      assert.match(printed, /Jobcenter Berlin Pankow/);
      assert.match(printed, /Schlichtung/);
      await screenshot(page, 'fm-plan-vereinbarung');

      await page.getByRole('link', { name: 'Kontakte & Notizen' }).click();
      await page.getByLabel('Kontaktart').selectOption('IN_PERSON');
      await page.getByLabel('Datum', { exact: false }).first().fill(today());
      await page.getByRole('button', { name: 'Kontakt erfassen' }).click();
      await eventually(page, async () => (await page.getByTestId('contacts').innerText()).includes(germanToday()));
      await page.getByTestId('contact-density').waitFor();
      await screenshot(page, 'fm-kontakte');
    }));

  test('the FM records the consent and refers to the debt counselling agency', () =>
    withUser(browser, 'fm-anna', 'fm-consent-referral', async ({ page }) => {
      await openCase(page);
      await page.getByRole('link', { name: 'Netzwerk & Einwilligungen' }).click();
      const consent = region(page, 'Einwilligung erfassen');
      await selectByText(consent.getByLabel('Partner'), 'Schuldner');
      await consent.getByLabel('Termin vereinbart und wahrgenommen').check();
      await consent.getByLabel('Zweck').selectOption({ index: 1 });
      await consent.getByLabel('Nachweis').fill('Formular SPE_BERATUNG, Akte Bl. 4');
      await consent.getByRole('button', { name: 'Einwilligung erfassen' }).click();
      await eventually(page, async () => (await page.getByTestId('consents').innerText()).includes('Schuldner'));

      const referral = region(page, 'Überweisung an einen Partner');
      await selectByText(referral.getByLabel('Partner'), 'Schuldner');
      await referral.getByRole('button', { name: 'Überweisung anlegen' }).click();
      await eventually(page, async () =>
        (await page.getByTestId('partner-referrals').innerText()).includes('Schuldner'),
      );
      await noUnlabelledControls(page, 'Netzwerk');
      await screenshot(page, 'fm-netzwerk');
    }));

  test("management reads the month's exits before the closure", () =>
    withUser(browser, 'mgmt-karl', 'management-before', async ({ page }) => {
      closuresBefore = await employmentExitsThisMonth(page);
    }));

  test('the FM closes the case only after confirming', () =>
    withUser(browser, 'fm-anna', 'fm-closure', async ({ page }) => {
      await openCase(page);
      await page.getByRole('link', { name: 'Abschluss' }).click();
      // nothing to confirm before the form is complete: no dialog, the summary at the top names the field, links to
      // it and has the focus
      await page.getByRole('button', { name: 'Fall abschließen' }).click();
      const summary = page.getByTestId('error-summary');
      await summary.waitFor();
      assert.equal(await page.getByRole('dialog').count(), 0);
      assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the error summary has the focus');
      await summary.getByRole('link', { name: /^Abgangsgrund/ }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'reasonCode');
      await page.getByLabel('Abgangsgrund').selectOption('EMPLOYMENT');
      // PANKOW hands the customer back to the placement officer in a follow-up conversation (warm
      // handover); the responsible AV is proposed, the date is the FM's
      await page.getByLabel('Folgegespräch mit der AV am').fill(today());
      // cancelling the dialog changes nothing
      await page.getByRole('button', { name: 'Fall abschließen' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
      assert.equal(await page.getByTestId('closure-data').count(), 0);
      await page.getByRole('button', { name: 'Fall abschließen' }).click();
      await screenshot(page, 'fm-abschluss-bestaetigung');
      await page.getByRole('dialog').getByRole('button', { name: 'Endgültig abschließen' }).click();
      await page.getByTestId('closure-data').waitFor();
      await page.locator('.case-header').getByText('Abgeschlossen').waitFor();
    }));

  test("management's figures of the reporting date stay as they were, on the dashboard and in the CSV", () =>
    withUser(browser, 'mgmt-karl', 'management-after', async ({ page }) => {
      // the figures are those of the end of yesterday, taken once: a closure today changes them only from the next
      // reporting date on, so comparing the dashboard before and after it tells nothing about this customer
      const after = await employmentExitsThisMonth(page);
      assert.equal(after, closuresBefore, "the reporting date's figures do not change within the day");
      await page
        .getByText(`Stand: Ende des ${germanDate(yesterday())}`)
        .first()
        .waitFor();
      await noUnlabelledControls(page, 'Steuerung');
      await screenshot(page, 'steuerung');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^CSV herunterladen: Zugänge, Abgänge und Wirkung/ }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      assert.match(csv, /^\uFEFF/, 'Excel needs the byte-order mark');
      assert.doesNotMatch(csv, /<5/, 'withheld figures read "geschützt"');
      // the Jobcenter's employment exits of the reporting date's month: the figure the dashboard shows, "geschützt",
      // or no line where there was no such exit
      const line = csv.split(/\r?\n/).find((l) => l.startsWith(`CLOSURES;${reportingMonth()};Gesamt;EMPLOYMENT;`));
      if (after === null)
        assert.ok(
          !line || line.split(';')[4] === 'geschützt',
          `a number in the CSV where the dashboard has none: ${line}`,
        );
      else assert.equal(line?.split(';')[4], String(after));
    }));
});

describe('the main screens of the other roles', { concurrency: false }, () => {
  test('the team lead sees quality findings and caseload of the team', () =>
    withUser(browser, 'tl-petra', 'team-lead', async ({ page }) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await screenshot(page, 'teamleitung-eskalationen');
      await page.goto(`${BASE}/tl?bereich=qualitaet`);
      await settled(page);
      await screenshot(page, 'teamleitung-qualitaet');
      await page.goto(`${BASE}/tl?bereich=fallbestand`);
      await page.getByTestId('chart-team-caseload').waitFor();
      await noUnlabelledControls(page, 'Teamleitung');
      await screenshot(page, 'teamleitung-fallbestand');
    }));

  test('national steering sees one line per Jobcenter', () =>
    withUser(browser, 'mgmt-bund', 'national', async ({ page }) => {
      await page.getByTestId('chart-national').waitFor();
      await screenshot(page, 'steuerung-bundesweit');
    }));

  test('the admin sees the policy in force and its versions', () =>
    withUser(browser, 'admin-ida', 'admin', async ({ page }) => {
      await page.getByTestId('policy-current').waitFor();
      assert.match(await page.getByTestId('policy-current').innerText(), /PANKOW|Pankow/);
      await noUnlabelledControls(page, 'Richtlinie');
      await screenshot(page, 'admin-richtlinie');
    }));

  test('the admin sees the Jobcenter record with its Bundesland by name', () =>
    withUser(browser, 'admin-ida', 'admin-jobcenter', async ({ page }) => {
      await page.goto(`${BASE}/admin/jobcenter`);
      await page.getByTestId('jobcenter-current').waitFor();
      const shown = await page.getByTestId('jobcenter-current').innerText();
      assert.match(shown, /Jobcenter Berlin Pankow/);
      assert.match(shown, /Feiertage von Berlin/);
      assert.equal(await page.getByLabel('Bundesland').inputValue(), 'BE');
      await noUnlabelledControls(page, 'Jobcenter');
      await screenshot(page, 'admin-jobcenter');
    }));
});

/**
 * The cell "exits by taking up employment, in the reporting date's month" of the management dashboard's
 * closures chart (its data table): a number, or null where it is withheld ("geschützt") or there is none.
 */
async function employmentExitsThisMonth(page) {
  await page.getByTestId('chart-closures').waitFor();
  await settled(page);
  const cell = await page.getByTestId('chart-closures').evaluate((figure, month) => {
    const table = figure.querySelector('table');
    if (!table) return null;
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent ?? '');
    const column = headers.findIndex((h) => h.startsWith('Dauerhafte sozialversicherungspflichtige Arbeitsaufnahme'));
    const row = Array.from(table.querySelectorAll('tbody tr')).find(
      (tr) => tr.querySelector('th')?.textContent === month,
    );
    return column < 0 || !row ? null : (row.children[column]?.textContent ?? null);
  }, monthLabel(reportingMonth()));
  const number = cell?.match(/^\d+$/);
  return number ? Number(number[0]) : null;
}

/** The day management's figures are for: yesterday in Berlin, as the services count days (YYYY-MM-DD). */
function yesterday() {
  const [y, m, d] = today().split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d - 1));
  return day.toISOString().slice(0, 10);
}

/** The reporting date's month, YYYY-MM. */
function reportingMonth() {
  return yesterday().slice(0, 7);
}

/** YYYY-MM → MM/YYYY, as the charts label months. */
function monthLabel(month) {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
}

/** YYYY-MM-DD → DD.MM.YYYY. */
function germanDate(day) {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

/** Opens the test customer's case file (a deep link, as from a bookmark). */
async function openCase(page) {
  assert.ok(caseId, 'the referral step created no case');
  await page.goto(`${BASE}/faelle/${caseId}`);
  await page.locator('.case-header').waitFor();
}

async function selectByText(select, text) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value);
}

/** Events take a moment to travel between services: re-check (reloading the page) for up to 30 s. */
async function eventually(page, condition, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await settled(page);
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error('condition not met within 30 s');
    await page.waitForTimeout(1000);
    if (!(await condition().catch(() => false))) await page.reload();
  }
}

/** Today in Berlin (YYYY-MM-DD): the services' day, also when the test machine runs on UTC near midnight. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

function germanToday() {
  const [y, m, d] = today().split('-');
  return `${d}.${m}.${y}`;
}
