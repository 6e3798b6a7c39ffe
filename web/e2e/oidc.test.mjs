// The production sign-in: the SPA, configured for an OpenID Connect provider (/config.json), sends
// the user to the provider (authorization code with PKCE), takes the token back and calls the
// services with it — which accept it by the provider's published keys (JWKS), not by the
// development key. ./lotse test runs a test provider (mock-oauth2-server) and a gateway for this.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, settled } from './support.mjs';

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
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE' });
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
      assert.deepEqual(serverErrors, []);
    } finally {
      await context.close();
    }
  },
);
