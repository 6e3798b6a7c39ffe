// Development aid: sign in as a demo user and save a screenshot of one page.
//   node scripts/screenshot.mjs <demo user> <path, e.g. /fm> <out.png> [base URL]
// Uses Debian's Chromium (LOTSE_CHROMIUM or /usr/bin/chromium) through playwright-core.
import { chromium } from 'playwright-core';

const [user, path, out, base = process.env.LOTSE_WEB_URL ?? 'http://127.0.0.1:8080'] = process.argv.slice(2);
if (!user || !path || !out) {
  console.error('usage: node scripts/screenshot.mjs <demo user> <path> <out.png> [base URL]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.LOTSE_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=de-DE',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'de-DE' });
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console:', m.text());
  });
  await page.goto(`${base}/anmeldung`);
  await page.getByTestId(`login-${user}`).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/anmeldung'));
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 15000 }).catch(() => {});
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
