// Message file end to end: a 32 MiB file picked through "Message file" is hashed in the
// worker and matches Node's crypto; progress shows; Cancel stops a large file; the page
// answers input while hashing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, textUntil } from './harness.mjs';

let site, browser, session, dir;
before(async () => {
  site = await serve();
  browser = await launch();
  session = await openPage(browser, site);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hmac-doctor-files-'));
});
after(async () => {
  await browser?.close();
  await site?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a 32 MiB file gives the same HMAC as Node crypto, with progress', async () => {
  const { page } = session;
  const file = path.join(dir, 'export.bin');
  const data = crypto.randomBytes(32 * 1024 * 1024);
  fs.writeFileSync(file, data);
  await page.getByLabel('Secret key', { exact: true }).fill('file-secret');
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'HMAC-SHA256' });
  await page.getByLabel('Message file', { exact: true }).setInputFiles(file);
  const want = crypto.createHmac('sha256', 'file-secret').update(data).digest('hex');
  const got = await textUntil(page.getByLabel('HMAC hex', { exact: true }), (t) => t === want, 60000);
  assert.equal(got, want);
  assert.match(await page.locator('#file-status').textContent(), /^Done: 32\.0 MB in [\d.]+ s \(\d+ MB\/s, worker memory [\d.]+ MB\)/);
  assert.equal(await page.getByLabel('Hashing progress').getAttribute('value'), '100.0');
  assert.match(await page.locator('#file-info').textContent(), /export\.bin · 33554432 bytes/);
  // Another algorithm re-hashes the same file.
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'HMAC-SHA512' });
  const want512 = crypto.createHmac('sha512', 'file-secret').update(data).digest('base64');
  assert.equal(await textUntil(page.getByLabel('HMAC Base64', { exact: true }), (t) => t === want512, 60000), want512);
  // The verdict works against the file's MAC.
  await page.getByLabel('Expected signature', { exact: true }).fill(`sha512=${crypto.createHmac('sha512', 'file-secret').update(data).digest('hex')}`);
  assert.match(await textUntil(page.getByRole('status'), (t) => t.startsWith('Match')), /^Match — HMAC-SHA512/);
  await page.getByLabel('Expected signature', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Remove file' }).click();
});

test('Cancel stops a large file, and the page answers input while hashing', async () => {
  const { page } = session;
  const file = path.join(dir, 'big.bin');
  fs.closeSync(fs.openSync(file, 'w'));
  fs.truncateSync(file, 768 * 1024 * 1024); // sparse: instant to create
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'HMAC-SHA256' });
  await page.getByLabel('Message file', { exact: true }).setInputFiles(file);
  await textUntil(page.locator('#file-status'), (t) => /^[1-9]\d?% · /.test(t), 20000);
  // While the worker hashes, typing is handled at once.
  const t0 = Date.now();
  await page.getByLabel('Expected signature', { exact: true }).fill('abcd');
  const info = await textUntil(page.locator('#expected-info'), (t) => t.startsWith('Detected'), 2000);
  const answered = Date.now() - t0;
  assert.match(info, /^Detected: lowercase hex/);
  assert.ok(answered < 1000, `input answered in ${answered} ms while hashing`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const stopped = await textUntil(page.locator('#file-status'), (t) => t.startsWith('Cancelled'), 2000);
  assert.match(stopped, /^Cancelled at \d+%/);
  const value = await page.getByLabel('Hashing progress').getAttribute('value');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await page.getByLabel('Hashing progress').getAttribute('value'), value, 'progress stopped');
  assert.ok(Number(value) < 100);
  assert.equal(await page.getByLabel('HMAC hex', { exact: true }).textContent(), '');
  await page.getByRole('button', { name: 'Remove file' }).click();
  assert.deepEqual(session.problems(), []);
});

test('a mismatching file is diagnosed in the worker; a file over the limit says so', async () => {
  const { page } = session;
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'HMAC-SHA256' });
  await page.getByLabel('Secret key', { exact: true }).fill("It's a Secret to Everybody");
  const small = path.join(dir, 'body.json');
  fs.writeFileSync(small, '{\n  "id": 1,\n  "name": "Zoë"\n}');
  await page.getByLabel('Message file', { exact: true }).setInputFiles(small);
  const signed = '{"id":1,"name":"Zoë"}';
  await page.getByLabel('Expected signature', { exact: true }).fill(crypto.createHmac('sha256', "It's a Secret to Everybody").update(signed).digest('hex'));
  assert.match(await textUntil(page.getByRole('status'), (t) => t.startsWith('Mismatch'), 20000), /^Mismatch/);
  const text = await textUntil(page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 20000);
  assert.match(text, /^Found: the expected signature matches the same JSON minified/);
  await page.getByLabel('Byte-level difference').waitFor();
  await page.getByRole('button', { name: 'Remove file' }).click();

  const big = path.join(dir, 'big-diag.bin');
  fs.closeSync(fs.openSync(big, 'w'));
  fs.truncateSync(big, 20 * 1024 * 1024);
  await page.getByLabel('Message file', { exact: true }).setInputFiles(big);
  await textUntil(page.locator('#file-status'), (t) => t.startsWith('Done'), 30000);
  assert.match(await textUntil(page.locator('#diagnosis-text'), (t) => t.includes('MiB'), 5000), /runs on files up to 16 MiB \(JSON re-serialization up to 8 MiB\); this file is 20\.0 MiB/);
  await page.getByLabel('Expected signature', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Remove file' }).click();
  assert.deepEqual(session.problems(), []);
});
