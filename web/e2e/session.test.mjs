// The end of a session (issue 18 item 5): a warning before the token expires with "Angemeldet bleiben", a
// service's 401 during a save that keeps what was typed until the user has signed in again, and a sign-in that
// returns to the page the session ended on. The tokens are real: the demo gateway signs short-lived ones on
// request (/dev/token with expiresInSeconds), and the services refuse them once expired.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, settled, withUser } from './support.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Replaces the stored session's token by a fresh one that lives `seconds` (optionally its end too). */
async function shortToken(page, subject, seconds, { withExpiry }) {
  await page.evaluate(
    async ({ subject, seconds, withExpiry }) => {
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject, expiresInSeconds: seconds }),
      });
      const { token } = await response.json();
      const session = JSON.parse(sessionStorage.getItem('lotse.session'));
      session.token = token;
      if (withExpiry) session.expiresAt = Date.now() + seconds * 1000;
      sessionStorage.setItem('lotse.session', JSON.stringify(session));
    },
    { subject, seconds, withExpiry },
  );
}

/** The FM's first open case, on its "Kontakte & Notizen" tab. */
async function openNotes(page) {
  const caseload = page.getByTestId('my-caseload');
  await caseload.locator('a[href^="/faelle/"]').first().click();
  await page.getByRole('link', { name: 'Kontakte & Notizen' }).click();
  await settled(page);
}

test('a 401 during a save keeps the typed note; after signing in again it is saved', async () => {
  await withUser(browser, 'fm-anna', 'session-401', async ({ page }) => {
    await openNotes(page);
    const where = page.url();
    const text = `Telefonat mit dem Kunden, Rückruf vereinbart (${Date.now()})`;
    await page.getByLabel('Vermerktext').fill(text);

    // the token the page holds runs out while the FM is typing: the service answers the save with 401
    await shortToken(page, 'fm-anna', 1, { withExpiry: false });
    await page.waitForTimeout(2_000);
    const refused = page.waitForResponse((r) => r.url().includes('/notes') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Vermerk speichern' }).click();
    assert.equal((await refused).status(), 401);

    const dialog = page.getByRole('dialog', { name: 'Ihre Anmeldung ist abgelaufen' });
    await dialog.waitFor();
    assert.equal(page.url(), where, 'still on the same page');
    assert.equal(await page.getByLabel('Vermerktext').inputValue(), text, 'the typed text is kept');
    assert.match(await page.getByTestId('error-summary').innerText(), /Ihre Anmeldung ist abgelaufen/);
    // the dialog takes the focus on the step that helps
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Erneut anmelden');

    await dialog.getByRole('button', { name: 'Erneut anmelden' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.getByLabel('Vermerktext').inputValue(), text, 'still there after signing in again');
    await page.getByRole('button', { name: 'Vermerk speichern' }).click();
    await page.getByRole('list', { name: 'Vermerke, neueste zuerst' }).getByText(text).waitFor();
    // the list may show the saved note a render before the form is emptied
    assert.equal(
      await eventually(() => page.getByLabel('Vermerktext').inputValue(), ''),
      '',
      'the form is cleared once saved',
    );
  });
});

test('a warning before the session ends; "Angemeldet bleiben" renews it', async () => {
  await withUser(browser, 'fm-anna', 'session-warning', async ({ page }) => {
    // a session with 100 seconds left, as after a long working day: the warning shows (two minutes ahead)
    await shortToken(page, 'fm-anna', 100, { withExpiry: true });
    await page.reload();
    const warning = page.getByTestId('session-warning');
    await warning.waitFor();
    assert.match(await warning.innerText(), /Ihre Anmeldung endet um \d\d:\d\d Uhr/);
    assert.equal(await warning.getAttribute('role'), 'alert');

    await warning.getByRole('button', { name: 'Angemeldet bleiben' }).click();
    await warning.waitFor({ state: 'detached' });
    const left = await page.evaluate(() => JSON.parse(sessionStorage.getItem('lotse.session')).expiresAt - Date.now());
    assert.ok(left > 3600_000, `a new token with its full life (${Math.round(left / 1000)} s left)`);
    // the new token works: the work list loads
    await page.getByTestId('my-caseload').locator('a[href^="/faelle/"]').first().waitFor();
  });
});

test('a session that ended while away: the sign-in returns to the same page', async () => {
  await withUser(browser, 'fm-anna', 'session-return', async ({ page }) => {
    await openNotes(page);
    const where = new URL(page.url()).pathname;
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('lotse.session'));
      session.expiresAt = Date.now() - 1000;
      sessionStorage.setItem('lotse.session', JSON.stringify(session));
    });
    await page.reload();
    await page.waitForURL((u) => u.pathname === '/anmeldung');
    // the accessibility statement is there before signing in too, with its feedback channel (BITV 2.0)
    await page.getByRole('link', { name: 'Barrierefreiheit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    assert.match(
      await page.getByRole('link', { name: /@/ }).getAttribute('href'),
      /^mailto:[^@]+@[^?]+\?subject=/,
      'a mail address to report barriers to',
    );
    await page.getByRole('link', { name: 'Zur Anmeldung' }).click();
    await page.getByTestId('login-fm-anna').click();
    await page.waitForURL((u) => u.pathname === where);
    await page.getByRole('heading', { name: 'Vermerke' }).waitFor();
  });
});
