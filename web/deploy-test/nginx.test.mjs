// The production web server's configuration (deploy/web: nginx.conf.template, rendered by start.sh, as
// in the image) run by Debian's nginx as the current user, over the built app (web/dist), with a stub
// in place of each service. What the image adds on top is only the files' location and the user.
// Needs `npm run build` first, nginx with the brotli module and Chromium (./lotse test installs them;
// LOTSE_NGINX and LOTSE_CHROMIUM name other binaries).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch } from '../e2e/support.mjs';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(WEB, 'dist');
const DEPLOY = join(WEB, '..', 'deploy', 'web');
const NGINX = process.env.LOTSE_NGINX ?? 'nginx';
const AUTHORITY = 'https://login.jobcenter.example/realms/lotse';
const SERVICES = ['intake', 'assessment', 'planning', 'network', 'reporting'];

let dir;
let nginx;
let port;
const stubs = {};
/** what each stub service received: { method, url, headers, body } */
const received = [];

/** A request without any automatic decompression, so Content-Encoding and the raw bytes can be checked. */
function get(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

function renderEnv(overrides = {}) {
  return {
    PATH: process.env.PATH,
    LOTSE_OIDC_AUTHORITY: AUTHORITY,
    LOTSE_OIDC_CLIENT_ID: 'lotse-web',
    LOTSE_ACCESSIBILITY_EMAIL: 'barrierefreiheit@jobcenter.example',
    ...Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${stubs[s]}`])),
    LOTSE_WEB_LISTEN: `127.0.0.1:${port}`,
    LOTSE_WEB_ROOT: join(dir, 'root'),
    LOTSE_WEB_RUNTIME: join(dir, 'run'),
    LOTSE_WEB_ACCESS_LOG: join(dir, 'run', 'access.log'),
    LOTSE_WEB_ERROR_LOG: join(dir, 'run', 'error.log'),
    ...overrides,
  };
}

function render(overrides) {
  return spawnSync('sh', [join(DEPLOY, 'start.sh'), '--render-only'], { env: renderEnv(overrides), encoding: 'utf8' });
}

/** the hashed entry script of the build (index-<hash>.js) */
function entryScript() {
  const name = readdirSync(join(DIST, 'assets')).find((f) => /^index-[\w-]+\.js$/.test(f));
  assert.ok(name, 'web/dist/assets has no index-<hash>.js: run npm run build first');
  return name;
}

async function untilAnswering(deadline) {
  for (;;) {
    try {
      return await get('/config.json');
    } catch (e) {
      if (Date.now() > deadline || nginx.exitCode !== null) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), 'web/dist is missing: run npm run build first');
  assert.equal(spawnSync(NGINX, ['-v']).status, 0, `no nginx (${NGINX}): ./lotse test installs Debian's`);
  dir = mkdtempSync(join(tmpdir(), 'lotse-nginx-'));
  // nginx started as root serves through workers running as nobody: they must be able to read the files
  chmodSync(dir, 0o755);
  cpSync(DIST, join(dir, 'root'), { recursive: true });
  // a source map that made it into the files anyway must still not be served
  copyFileSync(join(DIST, 'index.html'), join(dir, 'root', 'assets', 'planted.js.map'));
  copyFileSync(join(DIST, 'index.html'), join(dir, 'root', 'planted.js.map'));
  for (const service of SERVICES) {
    const server = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        received.push({ service, method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ service, method: req.method, url: req.url }));
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    stubs[service] = server.address().port;
    stubs[`${service}Server`] = server;
  }
  port = await freePort();

  const rendered = render();
  assert.equal(rendered.status, 0, rendered.stderr);
  const conf = join(dir, 'run', 'nginx.conf');
  const checked = spawnSync(NGINX, ['-e', join(dir, 'run', 'error.log'), '-t', '-q', '-c', conf], { encoding: 'utf8' });
  assert.equal(checked.status, 0, `nginx -t: ${checked.stderr}${readFileSync(join(dir, 'run', 'error.log'), 'utf8')}`);
  nginx = spawn(NGINX, ['-e', join(dir, 'run', 'error.log'), '-c', conf], { stdio: 'inherit' });
  await untilAnswering(Date.now() + 10_000);
});

after(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  for (const service of SERVICES) await new Promise((resolve) => stubs[`${service}Server`]?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the start page carries the security headers and is revalidated on every visit', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^text\/html/);
  assert.equal(res.body.toString(), readFileSync(join(DIST, 'index.html'), 'utf8'));
  assert.equal(res.headers['cache-control'], 'no-cache');

  const csp = Object.fromEntries(
    res.headers['content-security-policy'].split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  assert.deepEqual(csp['default-src'], ["'self'"]);
  assert.deepEqual(csp['script-src'], ["'self'"], 'no inline or eval scripts');
  assert.deepEqual(csp['style-src'], ["'self'"]);
  assert.deepEqual(csp['connect-src'], ["'self'", 'https://login.jobcenter.example'], 'the OIDC provider');
  assert.deepEqual(csp['frame-src'], ["'self'", 'https://login.jobcenter.example'], 'silent renewal');
  assert.deepEqual(csp['frame-ancestors'], ["'self'"]);
  assert.deepEqual(csp['object-src'], ["'none'"]);
  assert.deepEqual(csp['base-uri'], ["'self'"]);

  // TLS ends at the ingress; the header is sent always (browsers heed it over HTTPS only)
  assert.equal(res.headers['strict-transport-security'], 'max-age=31536000');
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['referrer-policy'], 'no-referrer');
  assert.match(res.headers['permissions-policy'], /camera=\(\)/);
  assert.equal(res.headers.server, 'nginx', 'no version in the Server header');
});

test('the built index.html has no inline script or style the policy would block', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script is a file');
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
});

test('the built app starts under this policy in Chromium: sign-in page, no violation', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.exposeFunction('reportViolation', (v) => problems.push(`CSP violation: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        globalThis.reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // a deep link of a role: not signed in, the app sends the user to its sign-in page
    await page.goto(`http://127.0.0.1:${port}/fm`);
    await page.waitForURL((u) => u.pathname === '/anmeldung', { timeout: 30_000 });
    // rendered by the app's script: its sign-in button
    await page.locator('#root button').first().waitFor({ timeout: 30_000 });
    // every stylesheet of the build loaded (one blocked by style-src would have no sheet)
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => [l.getAttribute('href'), l.sheet !== null]),
    );
    assert.ok(sheets.length > 0);
    for (const [href, loaded] of sheets) assert.ok(loaded, href);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});

test('config.json names the OIDC provider, is never cached, and comes with the headers', async () => {
  const res = await get('/config.json');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^application\/json/);
  assert.equal(res.headers['cache-control'], 'no-cache');
  assert.deepEqual(JSON.parse(res.body.toString()), {
    auth: { mode: 'oidc', authority: AUTHORITY, clientId: 'lotse-web', scope: 'openid profile' },
    accessibility: { email: 'barrierefreiheit@jobcenter.example', phone: '' },
  });
  assert.ok(res.headers['content-security-policy']);
});

test('a hashed asset is cached for a year and sent precompressed as gzip or brotli when asked', async () => {
  const name = entryScript();
  const original = readFileSync(join(DIST, 'assets', name));

  const plain = await get(`/assets/${name}`);
  assert.equal(plain.status, 200);
  assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(original));
  assert.ok(plain.headers['content-security-policy'], 'the headers on every answer');

  const gzip = await get(`/assets/${name}`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.match(gzip.headers.vary, /Accept-Encoding/);
  assert.equal(gzip.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.ok(gzip.body.length < original.length / 2, `gzip: ${gzip.body.length} of ${original.length} bytes`);
  assert.ok(gunzipSync(gzip.body).equals(original));

  const br = await get(`/assets/${name}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.ok(br.body.length < gzip.body.length, `brotli ${br.body.length} bytes, gzip ${gzip.body.length}`);
  assert.ok(brotliDecompressSync(br.body).equals(original));

  // behind an ingress that adds Via the precompressed file is still used
  const proxied = await get(`/assets/${name}`, { headers: { 'Accept-Encoding': 'gzip', Via: '1.1 ingress' } });
  assert.equal(proxied.headers['content-encoding'], 'gzip');
});

test('a missing asset is a 404, not the start page', async () => {
  for (const path of ['/assets/missing.js', '/assets/index-gone.css', '/missing.png']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(res.body.toString(), /id="root"/, path);
    assert.equal(res.headers['cache-control'], undefined, `${path}: a 404 is not cached as immutable`);
    assert.ok(res.headers['strict-transport-security'], `${path}: the security headers on errors too`);
  }
});

test('a deep link into the app is answered with index.html', async () => {
  for (const path of ['/fm', '/faelle/3f0c2a9e-7d1b-4c55-9a51-0d2f7b6c1e22/profil', '/anmeldung/callback?code=x']) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.match(res.body.toString(), /<div id="root"><\/div>/, path);
    assert.equal(res.headers['cache-control'], 'no-cache', path);
  }
});

test('source maps are not served, even when one is among the files', async () => {
  for (const path of ['/assets/planted.js.map', '/planted.js.map', `/assets/${entryScript()}.map`]) {
    assert.equal((await get(path)).status, 404, path);
  }
});

test('/svc/<service>/ is forwarded to that service, without the prefix', async () => {
  received.length = 0;
  const health = await get('/svc/intake/health', { headers: { 'X-Forwarded-Proto': 'https' } });
  assert.equal(health.status, 200);
  assert.deepEqual(JSON.parse(health.body.toString()), { service: 'intake', method: 'GET', url: '/health' });
  assert.equal(received[0].headers['x-forwarded-proto'], 'https', "the ingress's scheme reaches the service");
  assert.equal(health.headers['cache-control'], undefined, 'the service decides about caching');

  for (const service of SERVICES) {
    const res = await get(`/svc/${service}/api/export.csv?from=2026-01&page=0`);
    assert.equal(res.status, 200, service);
    assert.deepEqual(JSON.parse(res.body.toString()), {
      service,
      method: 'GET',
      url: '/api/export.csv?from=2026-01&page=0',
    });
  }

  const body = JSON.stringify({ text: 'Gespräch am Montag' });
  const post = await get('/svc/planning/api/cases/1/notes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t', 'X-Correlation-Id': 'c-1' },
    body,
  });
  assert.equal(post.status, 200);
  const last = received.at(-1);
  assert.equal(last.service, 'planning');
  assert.equal(last.method, 'POST');
  assert.equal(last.body, body);
  assert.equal(last.headers.authorization, 'Bearer t');
  assert.equal(last.headers['x-correlation-id'], 'c-1');
});

test('metrics and unknown services are not reachable through the web server', async () => {
  received.length = 0;
  for (const path of ['/svc/intake/prometheus', '/svc/reporting/prometheus/x', '/svc/billing/api/x', '/svc/']) {
    assert.equal((await get(path)).status, 404, path);
  }
  assert.deepEqual(received, [], 'no service was asked');
});

test('start.sh refuses values that could change the configuration, and a missing provider or feedback address', () => {
  for (const [name, value] of [
    ['LOTSE_OIDC_AUTHORITY', 'https://idp.example/x"; add_header X y'],
    ['LOTSE_OIDC_AUTHORITY', 'javascript:alert(1)'],
    ['LOTSE_OIDC_CLIENT_ID', "web'}"],
    ['INTAKE_URL', 'http://intake:8081/; return 200'],
    ['LOTSE_ACCESSIBILITY_EMAIL', 'a@b.example","x":"'],
    ['LOTSE_ACCESSIBILITY_EMAIL', 'kein Postfach'],
    ['LOTSE_ACCESSIBILITY_PHONE', "030'; return 200"],
  ]) {
    const res = render({ [name]: value, LOTSE_WEB_RUNTIME: join(dir, 'rejected') });
    assert.notEqual(res.status, 0, `${name}=${value}`);
    assert.match(res.stderr, new RegExp(name));
  }
  // a provider to sign in at and a place to report barriers (the accessibility statement's feedback channel)
  for (const required of ['LOTSE_OIDC_AUTHORITY', 'LOTSE_ACCESSIBILITY_EMAIL']) {
    const env = renderEnv({ LOTSE_WEB_RUNTIME: join(dir, 'rejected') });
    delete env[required];
    const missing = spawnSync('sh', [join(DEPLOY, 'start.sh'), '--render-only'], { env, encoding: 'utf8' });
    assert.notEqual(missing.status, 0, required);
    assert.match(missing.stderr, new RegExp(required));
  }
  assert.equal(existsSync(join(dir, 'rejected', 'nginx.conf')), false, 'nothing rendered');
});
