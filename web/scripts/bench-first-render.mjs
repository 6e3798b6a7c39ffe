// The FM's work list, rendered cold: a browser with an empty cache opens /fm (signed in), and the script measures
// from the navigation's start until the work list is on screen — the page shell, the FM's chunk, and the three
// lists (decisions, due work, caseload) with their rows. Prints figures, asserts nothing (docs/benchmarks.md).
//
//   LOTSE_WEB_URL=http://127.0.0.1:8080 node scripts/bench-first-render.mjs [runs]   (default 7 runs)
//
// Needs a running system with demo data (./lotse run) and Debian's Chromium (LOTSE_CHROMIUM).
import os from 'node:os';
import { BASE, launch } from '../e2e/support.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const USER = 'fm-anna';

/** A demo token, stored the way the SPA keeps its session, so that the measured load is the work list alone. */
async function session() {
  const response = await fetch(`${BASE}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subject: USER }),
  });
  const { token, description } = await response.json();
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return {
    token,
    subject: claims.sub,
    roles: claims.roles,
    jobcenterId: claims.jobcenterId,
    teamId: claims.teamId,
    displayName: `${USER} – ${description}`,
    expiresAt: claims.exp * 1000,
  };
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const browser = await launch();
const stored = await session();
const results = [];
try {
  for (let run = 0; run <= RUNS; run++) {
    // a new context each time: empty HTTP cache, no service worker, nothing compiled for this origin
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'de-DE' });
    await context.addInitScript((s) => sessionStorage.setItem('lotse.session', s), JSON.stringify(stored));
    const page = await context.newPage();
    await page.goto(`${BASE}/fm`, { waitUntil: 'commit' });
    // the work list is there when the caseload's rows are, and no list is loading any more
    await page.getByTestId('my-caseload').locator('a[href^="/faelle/"]').first().waitFor({ timeout: 60_000 });
    await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 60_000 });
    const figures = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
      return {
        ready: performance.now(),
        domContentLoaded: nav.domContentLoadedEventEnd,
        firstContentfulPaint: paint['first-contentful-paint'] ?? null,
        scriptBytes: scripts.reduce((n, r) => n + r.transferSize, 0),
        apiRequests: performance.getEntriesByType('resource').filter((r) => r.name.includes('/svc/')).length,
      };
    });
    // the first run warms the services' and the database's caches: not counted
    if (run > 0) results.push(figures);
    await context.close();
  }
} finally {
  await browser.close();
}

const sorted = (key) => results.map((r) => r[key]).sort((a, b) => a - b);
const ms = (v) => `${Math.round(v)} ms`;
const ready = sorted('ready');
const fcp = sorted('firstContentfulPaint');
const dcl = sorted('domContentLoaded');
const first = results[0];
console.log(`FM work list, cold first render (${results.length} runs after one warm-up, ${BASE}, 1366 × 768)`);
console.log(
  `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`,
);
console.log(`| measure | p50 | max |`);
console.log(`|---|---:|---:|`);
console.log(`| first contentful paint | ${ms(quantile(fcp, 0.5))} | ${ms(fcp.at(-1))} |`);
console.log(`| DOMContentLoaded | ${ms(quantile(dcl, 0.5))} | ${ms(dcl.at(-1))} |`);
console.log(`| work list complete (all lists with rows) | ${ms(quantile(ready, 0.5))} | ${ms(ready.at(-1))} |`);
console.log(
  `transferred: ${(first.scriptBytes / 1024).toFixed(0)} kB of script as sent, ${first.apiRequests} API requests`,
);
