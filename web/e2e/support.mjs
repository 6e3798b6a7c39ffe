// Shared by the browser tests: Debian's Chromium through playwright-core (no browser download),
// demo sign-in, screenshots for web/README.md, and a guard that fails a test on any server error
// or uncaught page error — a 500 behind a green screen is still a defect.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = process.env.LOTSE_WEB_URL ?? 'http://127.0.0.1:8080';
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.LOTSE_CHROMIUM ?? '/usr/bin/chromium',
    // as root Chromium needs --no-sandbox; the rest keeps it from calling home on a closed network
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--lang=de-DE',
    ],
  });
}

/**
 * A fresh browser context signed in as the demo user, with server errors collected; by default at 1366 × 768, the
 * most common office laptop screen (the accessibility test checks 320 px and 1280 × 720 on top).
 */
export async function signIn(browser, user, { bypassCSP = false, viewport = { width: 1366, height: 768 } } = {}) {
  // the gateway's Content-Security-Policy stays on (the app must work under it), except where a
  // test injects a checker script (axe)
  const context = await browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin', bypassCSP });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  await page.goto(`${BASE}/anmeldung`);
  await page.getByTestId(`login-${user}`).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/anmeldung'));
  return { context, page, problems };
}

/** Waits until no loading indicator is visible (data arrived or an error shows). */
export async function settled(page) {
  // a screen that polls (the plan waits for the needs to arrive) never goes network-idle
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => {});
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Every visible form control has an accessible name (a label, aria-label or aria-labelledby). */
export async function unlabelledControls(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
      .filter((el) => el.getClientRects().length > 0)
      .filter(
        (el) =>
          !(el.labels && el.labels.length > 0) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'),
      )
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'output');

/**
 * Runs one test's steps in a signed-in context; on failure the page as it was is saved to
 * e2e/output/<name>.png; any server error or page error seen on the way fails the test.
 */
export async function withUser(browser, user, name, steps) {
  const session = await signIn(browser, user);
  try {
    await steps(session);
    if (session.problems.length > 0) throw new Error(`server or page errors: ${session.problems.join('; ')}`);
  } catch (e) {
    mkdirSync(OUTPUT, { recursive: true });
    await session.page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await session.context.close();
  }
}

/**
 * The value `read` answers once it equals `expected`, polled for up to `ms`; otherwise the last one read. For an
 * effect that follows another on screen (a form cleared after its saved entry appeared in the list).
 */
export async function eventually(read, expected, ms = 5_000) {
  const until = Date.now() + ms;
  let value = await read();
  while (value !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
