// The production sign-in: the SPA, configured for an OpenID Connect provider (/config.json), sends
// the user to the provider (authorization code with PKCE), takes the token back and calls the
// services with it — which accept it by the provider's published keys (JWKS), not by the
// development key. ./lotse test runs a test provider (mock-oauth2-server) and a gateway for this.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, settled } from './support.mjs';

const OIDC_WEB = process.env.LOTSE_OIDC_WEB_URL;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test(
  'an FM signs in at the OIDC provider and works with its token',
  { skip: !OIDC_WEB && 'LOTSE_OIDC_WEB_URL is not set (./lotse test sets it)' },
  async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'de-DE' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const serverErrors = [];
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
    });
    try {
      const config = await (await page.request.get(`${OIDC_WEB}/config.json`)).json();
      assert.equal(config.auth.mode, 'oidc');
      assert.equal(
        (await page.request.post(`${OIDC_WEB}/dev/token`, { data: { subject: 'fm-anna' } })).status(),
        404,
        'no demo login where an OIDC provider is configured',
      );

      await page.goto(`${OIDC_WEB}/anmeldung`);
      await page.getByRole('button', { name: 'Mit dem Jobcenter-Konto anmelden' }).click();
      // the provider's own login page (another origin): who signs in, with the claims Lotse needs —
      // and a role of the provider's own (offline_access), which the services ignore
      await page.waitForURL((u) => u.href.startsWith(config.auth.authority));
      await page.locator('input[name="username"]').fill('fm-anna');
      await page.locator('textarea[name="claims"]').fill(
        JSON.stringify({
          roles: ['FM', 'offline_access'],
          jobcenterId: 'jc-demo',
          teamId: 'team-fm-1',
          name: 'Anna Fallmanagerin (OIDC)',
        }),
      );
      await page.locator('input[type="submit"], button[type="submit"]').first().click();

      await page.waitForURL((u) => u.href.startsWith(OIDC_WEB) && u.pathname === '/fm');
      assert.match(await page.getByTestId('current-user').innerText(), /Anna Fallmanagerin \(OIDC\)/);
      // the services accepted the provider's token: the FM's caseload arrives
      const caseload = page.getByTestId('my-caseload');
      await caseload.locator('a[href^="/faelle/"]').first().waitFor();
      await settled(page);
      const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('lotse.session')).token);
      assert.equal(
        JSON.parse(Buffer.from(token.split('.')[0], 'base64url')).alg,
        'RS256',
        'signed by the provider, not the development key',
      );

      // silent renewal: the test provider's tokens live 70 s (deploy/oidc-dev/config.json); a minute before the end
      // the library trades the refresh token for a new one — no page change, no warning, no dialog
      const renewed = await page.waitForFunction(
        (old) => {
          const current = JSON.parse(sessionStorage.getItem('lotse.session')).token;
          return current !== old && current;
        },
        token,
        { timeout: 40_000, polling: 500 },
      );
      const next = await renewed.jsonValue();
      assert.ok(claims(next).exp > claims(token).exp, 'the new token ends later');
      assert.deepEqual(claims(next).roles, ['FM', 'offline_access'], 'with the same roles');
      assert.equal(new URL(page.url()).pathname, '/fm', 'on the same page');
      assert.equal(await page.getByTestId('session-warning').count(), 0);
      assert.equal(await page.getByRole('dialog', { name: 'Ihre Anmeldung ist abgelaufen' }).isVisible(), false);
      // the services take the renewed token: a case opens
      await caseload.locator('a[href^="/faelle/"]').first().click();
      await page.getByRole('link', { name: 'Kontakte & Notizen' }).waitFor();
      await settled(page);
      assert.deepEqual(serverErrors, []);
    } finally {
      await context.close();
    }
  },
);

test(
  "a partner agency's user signs in at the OIDC provider (role PARTNER, claim partnerId) and sees the portal",
  { skip: !OIDC_WEB && 'LOTSE_OIDC_WEB_URL is not set (./lotse test sets it)' },
  async () => {
    // the partner id Lotse generated when the Jobcenter registered the demo debt counselling agency: the Jobcenter
    // gives it to its identity provider for the agency's accounts (docs/network.md "Partner API")
    const demo = await fetch(`${BASE}/dev/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ subject: 'partner-schuldnerberatung' }),
    });
    const { partnerId, jobcenterId } = claims((await demo.json()).token);
    assert.ok(partnerId, 'the demo partner is registered');

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'de-DE' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const serverErrors = [];
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
    });
    try {
      const config = await (await page.request.get(`${OIDC_WEB}/config.json`)).json();
      await page.goto(`${OIDC_WEB}/partner`);
      await page.waitForURL((u) => u.pathname === '/anmeldung');
      await page.getByRole('button', { name: 'Mit dem Jobcenter-Konto anmelden' }).click();
      await page.waitForURL((u) => u.href.startsWith(config.auth.authority));
      await page.locator('input[name="username"]').fill('beraterin@schuldnerberatung-nord.example');
      await page
        .locator('textarea[name="claims"]')
        .fill(JSON.stringify({ roles: ['PARTNER'], partnerId, jobcenterId, name: 'Beraterin der Schuldnerberatung' }));
      await page.locator('input[type="submit"], button[type="submit"]').first().click();

      // back on the page the sign-in began at, with the partner's own referrals from the partner API
      await page.waitForURL((u) => u.href.startsWith(OIDC_WEB) && u.pathname === '/partner');
      assert.match(await page.getByTestId('current-user').innerText(), /Beraterin der Schuldnerberatung/);
      await page.locator('a[href^="/partner/ueberweisungen/"]').first().waitFor();
      await settled(page);
      assert.deepEqual(serverErrors, []);
    } finally {
      await context.close();
    }
  },
);

/** The claims of a JWT (read, not verified: the services verify). */
function claims(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
