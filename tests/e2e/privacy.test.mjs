// Private by construction: every feature used once while recording requests and CSP
// violations; nothing leaves the local origin, nothing secret is stored or put in the URL.
// Also: share link restore and Clear all, offline after one visit, a sub-path deploy,
// accessibility (axe-core) and screenshots at 1280 and 375 px, light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, textUntil, paste, screenshotPath, root, dist } from './harness.mjs';

let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const SECRET = 'sup3r-s3cret-never-leaves';

test('every feature: no request leaves the origin, no CSP violation, nothing secret stored', async () => {
  const session = await openPage(browser, site);
  const { page, context } = session;
  const methods = [];
  page.on('request', (r) => methods.push(r.method()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.reload();
  await page.getByLabel('Message', { exact: true }).waitFor();
  const label = (n) => page.getByLabel(n, { exact: true });
  // Calculator + diagnosis.
  await label('Message').fill('Hello, World!');
  await label('Secret key').fill(SECRET);
  await label('Expected signature').fill(crypto.createHmac('sha256', SECRET).update('Hello, World!\n').digest('hex'));
  await textUntil(page.locator('#diagnosis-text'), (t) => t.startsWith('Found:'), 10000);
  // File input.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hmac-privacy-'));
  fs.writeFileSync(path.join(tmp, 'f.bin'), crypto.randomBytes(1 << 20));
  await label('Message file').setInputFiles(path.join(tmp, 'f.bin'));
  await textUntil(page.locator('#file-status'), (t) => t.startsWith('Done'), 20000);
  await page.getByRole('button', { name: 'Remove file' }).click();
  fs.rmSync(tmp, { recursive: true, force: true });
  // Share link (with the message).
  await page.locator('#share-message').check();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await label('Share link').inputValue();
  assert.ok(!link.includes(SECRET) && !link.includes(Buffer.from(SECRET).toString('base64url')), link);
  // Seed presets and the raw request view.
  await label('Provider').selectOption({ label: 'Pusher channel authorization' });
  await label('App secret').fill(SECRET);
  await label('Error message').fill('Invalid signature: Expected HMAC SHA256 hex digest of 1.2:private-x, but got abc');
  await label('Provider').selectOption({ label: 'Zoom Web SDK signature (legacy)' });
  await label('API secret').fill(SECRET);
  await label('Zoom signature').fill('YWJjMTIzLjEyMzQ1Njc4OS4xNjQ2OTM3NTUzMDAwLjAuSUhTZnovU05xQ1JZN0QrcG1BbHdYeEY2a3lFcmpMeFdZWThhUzZTY3h3WT0=');
  await label('Provider').selectOption({ label: 'Meta / WhatsApp / Instagram / Messenger' });
  await page.getByText('Paste a whole request instead').click();
  await paste(label('Raw HTTP request'), 'Stripe-Signature: t=1,v1=00\r\n\r\n{"a":1}');
  await page.getByText('Detected Stripe webhook from its headers.').waitFor();
  await label('Endpoint signing secret').fill(SECRET);
  await page.waitForTimeout(300);

  const stored = await page.evaluate(async () => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage).length,
    cookie: document.cookie,
    idb: (await indexedDB.databases()).length,
    csp: window.__csp,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', idb: 0, csp: [] });
  assert.ok(!page.url().includes(SECRET));
  assert.ok(methods.length > 0 && methods.every((m) => m === 'GET'), methods.join(','));
  assert.deepEqual(session.problems(), []);
  await context.close();
});

test('a share link restores the settings and the message; Clear all wipes every field', async () => {
  const { page, context } = await openPage(browser, site);
  const label = (n) => page.getByLabel(n, { exact: true });
  await label('Algorithm').selectOption({ label: 'HMAC-SHA512' });
  await label('Key format').selectOption({ label: 'Hex' });
  await label('Message').fill('shared body');
  await label('Secret key').fill('00ff');
  await page.locator('#share-message').check();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await label('Share link').inputValue();
  assert.match(link, /#alg=sha512&mf=text&kf=hex&m=/);
  // "Copy share link" copies it.
  assert.equal(await textUntil(page.locator('#share-status'), (t) => t.length > 0), 'Copied to the clipboard.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.ok(!link.includes('00ff'));
  const other = await context.newPage();
  await other.goto(link);
  await other.getByLabel('Message', { exact: true }).waitFor();
  assert.equal(await other.getByLabel('Algorithm', { exact: true }).inputValue(), 'sha512');
  assert.equal(await other.getByLabel('Key format', { exact: true }).inputValue(), 'hex');
  assert.equal(await other.getByLabel('Message', { exact: true }).inputValue(), 'shared body');
  assert.equal(await other.getByLabel('Secret key', { exact: true }).inputValue(), '');
  await other.getByRole('button', { name: 'Clear all' }).click();
  await textUntil(other.getByLabel('Message', { exact: true }), () => true);
  assert.equal(await other.getByLabel('Message', { exact: true }).inputValue(), '');
  assert.equal(await other.getByLabel('Algorithm', { exact: true }).inputValue(), 'sha256');
  assert.ok(!other.url().includes('#alg'), other.url());
  await context.close();
});

test('after one visit the page works offline', async () => {
  const { page, context } = await openPage(browser, site);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Message', { exact: true }).fill('offline');
  await page.getByLabel('Secret key', { exact: true }).fill('k');
  const want = crypto.createHmac('sha256', 'k').update('offline').digest('hex');
  assert.equal(await textUntil(page.getByLabel('HMAC hex', { exact: true }), (t) => t === want), want);
  await context.close();
});

test('the same build works under a sub-path (GitHub Pages)', async () => {
  const sub = await serve(dist, '/hmac-doctor/');
  const { page, context, problems } = await openPage(browser, sub);
  await page.getByLabel('Message', { exact: true }).fill('Hello, World!');
  await page.getByLabel('Secret key', { exact: true }).fill("It's a Secret to Everybody");
  const want = '757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';
  assert.equal(await textUntil(page.getByLabel('HMAC hex', { exact: true }), (t) => t === want), want);
  assert.deepEqual(problems(), []);
  await context.close();
  await sub.close();
});

const axeSource = fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('no serious or critical axe-core violations on every view; screenshots', async () => {
  for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 375], ['dark', 375]]) {
    const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    const label = (n) => page.getByLabel(n, { exact: true });
    await label('Message').fill('Hello, World!');
    await label('Secret key').fill(" It's a Secret to Everybody\n");
    await label('Expected signature').fill('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
    await textUntil(page.locator('#diagnosis-text'), (t) => t.startsWith('Found:'), 10000);
    assert.deepEqual(await axe(page), [], `calculator ${scheme} ${width}`);
    await page.screenshot({ path: screenshotPath(`calculator-${width}-${scheme}.png`), fullPage: true });
    for (const preset of ['Pusher channel authorization', 'Zoom Web SDK signature (legacy)', 'Stripe webhook', 'JWT HS256/384/512 (incl. Zoom Meeting SDK)']) {
      await label('Provider').selectOption({ label: preset });
      assert.deepEqual(await axe(page), [], `${preset} ${scheme} ${width}`);
    }
    await page.screenshot({ path: screenshotPath(`preset-${width}-${scheme}.png`), fullPage: true });
    await context.close();
  }
});

test('keyboard: tab reaches the controls in order and Enter activates a button', async () => {
  const { page, context } = await openPage(browser, site);
  await page.keyboard.press('Tab');
  const order = [];
  for (let i = 0; i < 11; i++) {
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    await page.keyboard.press('Tab');
  }
  // The provider filter, the Provider select, the two example buttons, the raw request.
  assert.deepEqual(order.slice(0, 5), ['provider-filter', 'provider', 'BUTTON', 'BUTTON', 'SUMMARY']);
  assert.ok(order.includes('message') && order.includes('secret-key'), order.join(','));
  assert.ok(order.indexOf('message') < order.indexOf('secret-key'), order.join(','));
  await page.getByLabel('Message', { exact: true }).fill('x');
  await page.getByRole('button', { name: 'Copy share link' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Share link', { exact: true }).waitFor();
  await context.close();
});

test('the built page declares the strict CSP and subresource integrity', () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const csp = (html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/) || [])[1] || '';
  for (const d of ["default-src 'self'", "connect-src 'self'", "form-action 'none'", "object-src 'none'", "base-uri 'none'", "'wasm-unsafe-eval'"]) {
    assert.ok(csp.includes(d), `CSP lacks ${d}: ${csp}`);
  }
  assert.ok(!csp.includes("'unsafe-eval'") && !csp.includes("'unsafe-inline'"), csp);
  // Every inline script is allowed by its hash, nothing else inline.
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(inline.length >= 1);
  for (const body of inline) {
    assert.ok(csp.includes(`'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`), 'inline script hash');
  }
  // The JS module, the wasm and the stylesheet carry integrity hashes.
  for (const re of [/<link rel="modulepreload" href="[^"]+\.js"[^>]*integrity="sha384-/, /<link rel="preload" href="[^"]+\.wasm"[^>]*integrity="sha384-/, /<link rel="stylesheet" href="[^"]+\.css"[^>]*integrity="sha384-/]) {
    assert.match(html, re);
  }
});
