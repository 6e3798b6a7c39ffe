// The partner portal in a real Chromium against the running system: the demo debt counselling agency signs in, finds
// its referrals, sees of the customer what the consent releases, reports a structured status — and the Jobcenter's
// side (the FM's staff API) has it. The portal reads and writes only through the partner API, so what it shows is
// what that API decides. Its screens pass axe (WCAG 2.1 A and AA) and reflow at 320 CSS px.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, launch, screenshot, settled, signIn } from './support.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'output');
const PARTNER = 'partner-schuldnerberatung';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let browser;
let fm;
/** the demo data's referral: the demo customer consented for exactly this agency, contact details included */
let demo;
/** the referral this run sends on the demo customer's case, so the test also passes on a system it ran on before */
let sent;

async function token(subject) {
  const response = await fetch(`${BASE}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subject }),
  });
  assert.equal(response.status, 200, `demo token for ${subject}`);
  return (await response.json()).token;
}

/** The Jobcenter's side: network-service's staff API, as the FM's screens call it. */
async function staff(path, { method = 'GET', body } = {}) {
  const response = await fetch(`${BASE}/svc/network${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${fm}`,
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

before(async () => {
  browser = await launch();
  fm = await token('fm-anna');
  const due = await staff('/api/referrals/due?withinDays=180');
  demo = due.find((r) => r.customer && r.service === 'DEBT_COUNSELLING');
  assert.ok(demo, "the demo data's referral to the debt counselling agency, with the customer's contact details");
  sent = await staff(`/api/cases/${demo.caseId}/referrals`, {
    method: 'POST',
    body: { partnerId: demo.partnerId, service: demo.service, customer: demo.customer, dueOn: demo.dueOn },
  });
});
after(async () => {
  await browser?.close();
});

/** Runs steps signed in as the agency; on failure the page is saved to e2e/output/<name>.png. */
async function asPartner(name, options, steps) {
  const session = await signIn(browser, PARTNER, options);
  try {
    await steps(session);
    assert.deepEqual(session.problems, [], 'server or page errors');
  } catch (e) {
    mkdirSync(OUTPUT, { recursive: true });
    await session.page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await session.context.close();
  }
}

async function focusedElement(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, text: el?.textContent?.trim() ?? '', className: el?.className ?? '' };
  });
}

async function axeViolations(page) {
  await settled(page);
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef -- axe: the global of the script added above, in the page
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      ),
    };
  });
}

describe('the partner portal', { concurrency: false }, () => {
  test('the agency signs in, sees its referral within the consent, reports a status, and the FM has it', () =>
    asPartner('partner-report', { viewport: { width: 1366, height: 768 } }, async ({ page }) => {
      // the demo login lists the agency's account and lands on the portal
      assert.equal(new URL(page.url()).pathname, '/partner');
      const heading = page.getByRole('heading', { level: 1, name: 'Überweisungen an Ihre Beratungsstelle' });
      await heading.waitFor();
      assert.equal(await page.title(), 'Überweisungen – Lotse');
      const rows = page.getByTestId('partner-referral');
      const demoRow = rows.filter({ hasText: demo.referenceCode });
      await demoRow.waitFor();
      assert.match(await demoRow.innerText(), /Schuldnerberatung/);
      // the list names no customer, whatever the consent says
      assert.ok(!(await page.locator('table').innerText()).includes(demo.customer.name), 'no customer in the list');

      const row = rows.filter({ hasText: sent.referenceCode });
      assert.match(await row.innerText(), /angefragt[\s\S]*Annehmen oder ablehnen/);
      await screenshot(page, 'partner-ueberweisungen');
      await row.getByRole('link', { name: sent.referenceCode }).click();
      await page.getByRole('heading', { level: 1, name: `Überweisung ${sent.referenceCode}` }).waitFor();
      assert.equal(await page.title(), `Überweisung ${sent.referenceCode} – Überweisungen – Lotse`);
      assert.equal((await focusedElement(page)).tag, 'H1', 'the new page’s heading has the focus');

      // the consent releases the contact details and three report items, not the recommendation
      const facts = page.getByTestId('referral-facts');
      assert.match(await facts.innerText(), new RegExp(`Kundin / Kunde\\s+${demo.customer.name}`));
      const consent = await page.getByTestId('referral-consent').innerText();
      assert.match(consent, /Name und Erreichbarkeit der Kundin \/ des Kunden/);
      assert.doesNotMatch(consent, /Empfehlung/);
      assert.equal(await page.getByLabel('Empfehlung für die nächsten Schritte').count(), 0);

      // a rejection without its reason: every finding in a summary at the top, which takes the focus
      const form = page.getByTestId('report-form');
      await form.getByLabel('Rückmeldung').selectOption('REJECTED');
      await form.getByRole('button', { name: 'Rückmeldung senden' }).click();
      const summary = form.locator('.error-summary');
      await summary.getByRole('link', { name: /Grund/ }).waitFor();
      assert.match((await focusedElement(page)).className, /error-summary/);

      // accepted, and the customer kept the first appointment
      await form.getByLabel('Rückmeldung').selectOption('ACCEPTED');
      await form.getByLabel('Hat die Kundin / der Kunde den ersten Termin wahrgenommen?').selectOption('yes');
      await form.getByRole('button', { name: 'Rückmeldung senden' }).click();
      const notice = page.getByTestId('report-notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), /Stand jetzt: angenommen/);
      await screenshot(page, 'partner-rueckmeldung');
      await facts.getByText('wahrgenommen', { exact: true }).waitFor();
      assert.match(await facts.innerText(), /Stand\s+angenommen/);
      assert.doesNotMatch(await page.locator('main').innerText(), UUID, 'no id on the screen');

      // the Jobcenter's own view of the case has what the agency reported
      const seen = (await staff(`/api/cases/${demo.caseId}/referrals`)).find((r) => r.id === sent.id);
      assert.equal(seen.status, 'ACCEPTED');
      assert.equal(seen.attended, true);
    }));

  test('the Jobcenter withdraws the referral meanwhile: the report is refused in German, the customer data is gone', () =>
    asPartner('partner-withdrawn', { viewport: { width: 1366, height: 768 } }, async ({ page }) => {
      await page.goto(`${BASE}/partner/ueberweisungen/${sent.id}`);
      const form = page.getByTestId('report-form');
      await form.getByLabel('Rückmeldung').selectOption('STARTED');
      await staff(`/api/cases/${demo.caseId}/referrals/${sent.id}/revocation`, { method: 'POST' });
      await form.getByRole('button', { name: 'Rückmeldung senden' }).click();
      const notice = page.getByTestId('report-notice');
      await notice.getByText(/bereits beendet/).waitFor();
      assert.equal((await focusedElement(page)).text, await notice.innerText(), 'the message has the focus');
      await page
        .getByTestId('referral-ended')
        .getByText(/zurückgezogen/)
        .waitFor();
      assert.doesNotMatch(
        await page.getByTestId('referral-facts').innerText(),
        /Kundin \/ Kunde|Telefon|Erster Termin/,
      );
      assert.equal(await page.getByTestId('report-form').count(), 0, 'no report form for an ended referral');
      const seen = (await staff(`/api/cases/${demo.caseId}/referrals`)).find((r) => r.id === sent.id);
      assert.equal(seen.status, 'REVOKED', 'the refused report changed nothing');
    }));

  test('a referral that is not the agency’s is "not found", in German', () =>
    asPartner('partner-not-found', { viewport: { width: 1366, height: 768 } }, async ({ page }) => {
      await page.goto(`${BASE}/partner/ueberweisungen/00000000-0000-4000-8000-000000000000`);
      const alert = page.getByRole('alert');
      await alert.getByText('Überweisung nicht gefunden').waitFor();
      assert.match(await alert.innerText(), /nicht an Ihre Beratungsstelle gerichtet/);
    }));

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 320, height: 640 },
  ]) {
    test(`its screens pass axe (WCAG 2.1 AA) and need no sideways scrolling at ${viewport.width} px`, () =>
      asPartner(`partner-axe-${viewport.width}`, { viewport, bypassCSP: true }, async ({ page }) => {
        for (const path of ['/partner', `/partner/ueberweisungen/${sent.id}`, `/partner/ueberweisungen/${demo.id}`]) {
          await page.goto(`${BASE}${path}`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          const { passes, violations } = await axeViolations(page);
          assert.ok(passes > 10, `axe ran its rules on ${path}`);
          assert.deepEqual(violations, [], `WCAG violations on ${path}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - globalThis.innerWidth);
          assert.ok(overflow <= 0, `${path} is ${overflow} px wider than a ${viewport.width} px screen`);
          assert.doesNotMatch(await page.locator('main').innerText(), UUID, `no id on ${path}`);
        }
      }));
  }
});
