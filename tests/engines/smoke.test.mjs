// The core flows in Firefox ESR and in WebKitGTK (Safari's engine), through the page's
// visible labels, with a plain WebDriver client (webdriver.mjs): compute and Match/Mismatch,
// a diagnosis of a short and of a large message (both in the worker), a preset via Raw HTTP request, a public-key
// preset verified in the worker, a message file
// with progress, the offline reload; and no page error or CSP violation. ENGINES picks the
// engines (default: both); WebKit needs a display (scripts/test.sh runs it under xvfb-run).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../e2e/harness.mjs';
import { Session } from './webdriver.mjs';

const hmac = (alg, key, msg) => crypto.createHmac(alg, key).update(msg).digest('hex');

/** Records page errors, rejections and CSP violations from now on (WebKit's driver has no console log). */
const WATCH = () => {
  window.__problems = window.__problems || [];
  if (window.__watching) return;
  window.__watching = true;
  addEventListener('error', (e) => window.__problems.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__problems.push(`rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => window.__problems.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
};

for (const name of (process.env.ENGINES || 'firefox,webkit').split(',').filter(Boolean)) {
  describe(`${name}`, { concurrency: false }, () => {
    let site;
    let s;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hmac-doctor-${name}-`));

    const open = async () => {
      await s.go(site.url);
      await s.until('Secret key', (t) => t !== null, 30000);
      await s.run(WATCH);
    };
    const problems = () => s.run(() => window.__problems || []);

    before(async () => {
      site = await serve();
      s = await Session.start(name);
      await s.send('POST', '/timeouts', { script: 120000 });
    });
    after(async () => {
      await s?.close();
      await site?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('compute: Match, then Mismatch', async () => {
      await open();
      await s.type('Message', 'Hello, World!');
      await s.type('Secret key', "It's a Secret to Everybody");
      const want = hmac('sha256', "It's a Secret to Everybody", 'Hello, World!');
      assert.equal(await s.until('HMAC hex', (t) => t === want), want);
      await s.type('Expected signature', `sha256=${want}`);
      assert.match(await s.until('[role=status]', (t) => t.startsWith('Match')), /^Match — HMAC-SHA256/);
      await s.type('Expected signature', `sha256=${want.slice(0, -1)}0`);
      assert.match(await s.until('[role=status]', (t) => t.startsWith('Mismatch')), /^Mismatch/);
      assert.deepEqual(await problems(), []);
    });

    test('a diagnosis of a short message (the worker starts on the first mismatch)', async () => {
      await open();
      const keyHex = '00112233445566778899aabbccddeeff';
      await s.type('Message', 'payload');
      await s.type('Secret key', keyHex);
      await s.type('Expected signature', crypto.createHmac('sha256', Buffer.from(keyHex, 'hex')).update('payload').digest('hex'));
      assert.match(await s.until('#diagnosis-text', (t) => t.startsWith('Found') || t.startsWith('No single'), 30000), /^Found: the key must be Hex-decoded/);
      assert.match(await s.until('#diagnosis-time', (t) => /worker/.test(t), 5000), /in a background worker/);
      assert.deepEqual(await problems(), []);
    });

    test('a diagnosis in the worker (a 600 KB message)', async () => {
      await open();
      const body = JSON.stringify({ items: Array.from({ length: 20000 }, (_, i) => ({ id: i, name: `item ${i} ü` })) });
      assert.ok(body.length > 300 * 1024);
      await s.paste('Message', body);
      await s.type('Secret key', 'worker-secret');
      await s.type('Expected signature', hmac('sha256', 'worker-secret', `${body}\n`));
      assert.match(await s.until('#diagnosis-text', (t) => t.startsWith('Found') || t.startsWith('No single'), 60000), /^Found: the expected signature was computed over the message with a trailing newline/);
      assert.match(await s.until('#diagnosis-time', (t) => /worker/.test(t), 5000), /in a background worker/);
      assert.deepEqual(await problems(), []);
    });

    test('a preset via Raw HTTP request', async () => {
      await open();
      const body = '{"zen":"Design for failure."}';
      const sig = hmac('sha256', "It's a Secret to Everybody", body);
      await s.click('Paste a whole request instead');
      await s.paste('Raw HTTP request', `POST /webhook HTTP/1.1\r\nX-GitHub-Event: ping\r\nX-Hub-Signature-256: sha256=${sig}\r\nContent-Type: application/json\r\n\r\n${body}`);
      await s.until('#raw-notes', (t) => t.includes('Detected GitHub webhook from its headers.'));
      await s.type('Webhook secret', "It's a Secret to Everybody");
      assert.match(await s.until('[role=status]', (t) => t.startsWith('Match')), /^Match — HMAC-SHA256/);
      assert.deepEqual(await problems(), []);
    });

    test('a public-key preset: a Discord request verified and diagnosed in the worker', async () => {
      await open();
      // Signed by Node's crypto with the RFC 8032 §7.1 TEST 1 key.
      const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
      const key = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
      const body = '{"type":1,"id":"1"}';
      const sig = crypto.sign(null, Buffer.from(`1700000000${body}`), key).toString('hex');
      await s.click('Paste a whole request instead');
      await s.paste('Raw HTTP request', `POST /i HTTP/1.1\r\nX-Signature-Ed25519: ${sig}\r\nX-Signature-Timestamp: 1700000000\r\n\r\n${body}`);
      await s.until('#raw-notes', (t) => t.includes('Detected Discord interactions (Ed25519) from its headers.'));
      await s.type('Public key', 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
      assert.match(await s.until('[role=status]', (t) => t.startsWith('Match'), 30000), /^Match — the signature verifies \(Ed25519\)/);
      await s.paste('Raw HTTP request', `POST /i HTTP/1.1\r\nX-Signature-Ed25519: ${sig}\r\nX-Signature-Timestamp: 1700000000\r\n\r\n${body}\n`);
      assert.match(await s.until('#diagnosis-text', (t) => t.startsWith('Found'), 30000), /trailing newline/);
      assert.deepEqual(await problems(), []);
    });

    test('a message file, with progress, gives what Node crypto gives', async () => {
      await open();
      const file = path.join(dir, 'export.bin');
      const data = crypto.randomBytes(8 * 1024 * 1024);
      fs.writeFileSync(file, data);
      await s.type('Secret key', 'file-secret');
      await s.upload('Message file', file);
      const want = crypto.createHmac('sha256', 'file-secret').update(data).digest('hex');
      assert.equal(await s.until('HMAC hex', (t) => t === want, 60000), want);
      assert.match(await s.text('#file-status'), /^Done: 8\.0 MB in [\d.]+ s \(\d+ MB\/s, worker memory [\d.]+ MB\)/);
      assert.equal(await s.run(() => document.querySelector('#file-progress').getAttribute('value')), '100.0');
      assert.deepEqual(await problems(), []);
    });

    test('after one visit the page works offline', async () => {
      await open();
      const ready = await s.runAsync(() => navigator.serviceWorker.ready.then(() => true));
      assert.equal(ready, true);
      // Visited again, the page is under its service worker's control.
      await open();
      await s.until('Secret key', () => true);
      const controlled = await s.runAsync(
        () => new Promise((r) => (navigator.serviceWorker.controller ? r(true) : navigator.serviceWorker.addEventListener('controllerchange', () => r(true)))),
      );
      assert.equal(controlled, true);
      const url = site.url;
      await site.close();
      site = null;
      // The server is gone: the page, its wasm and its worker come from the cache.
      await s.go(url);
      await s.until('Secret key', (t) => t !== null, 30000);
      await s.run(WATCH);
      await s.type('Message', 'offline');
      await s.type('Secret key', 'k');
      const want = hmac('sha256', 'k', 'offline');
      assert.equal(await s.until('HMAC hex', (t) => t === want), want);
      assert.deepEqual(await problems(), []);
    });
  });
}
