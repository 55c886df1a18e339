// Huge inputs: a 10 MB paste into Message, a 1 MB key, a 100 000-line raw request. The page
// answers, computes the right HMAC, and never blocks the main thread for a second or more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { textUntil, paste, withPage, startGapProbe, stopGapProbe } from './harness.mjs';

const env = withPage();

test('10 MB message and 1 MB key: right HMAC, no freeze of a second', async () => {
  const { page } = env.session;
  const message = 'a,b,"c"\r\n'.repeat(1_111_112).slice(0, 10_000_000);
  const key = 'k'.repeat(1_000_000);
  await startGapProbe(page);
  await paste(page.getByLabel('Message', { exact: true }), message);
  await paste(page.getByLabel('Secret key', { exact: true }), key);
  const want = crypto.createHmac('sha256', key).update(message).digest('hex');
  assert.equal(await textUntil(page.getByLabel('HMAC hex', { exact: true }), (t) => t === want, 30000), want);
  assert.match(await page.locator('#message-info').textContent(), /^10000000 bytes · 1111111 CRLF line breaks/);
  // Typing one more character still works.
  await page.getByLabel('Expected signature', { exact: true }).fill(want);
  assert.match(await textUntil(page.getByRole('status'), (t) => t.startsWith('Match'), 10000), /^Match/);
  const gap = (await stopGapProbe(page)).at(-1) ?? 0;
  assert.ok(gap < 1000, `main thread blocked for ${gap.toFixed(0)} ms`);
  assert.deepEqual(env.session.problems(), []);
});

test('a 100 000-line raw request is parsed without a freeze', async () => {
  const { page } = env.session;
  await page.reload();
  await page.getByLabel('Provider', { exact: true }).waitFor();
  const headers = Array.from({ length: 100_000 }, (_, i) => `X-Filler-${i}: ${i}`).join('\r\n');
  const req = `POST /hook HTTP/1.1\r\nX-Hub-Signature-256: sha256=00\r\nX-GitHub-Event: ping\r\n${headers}\r\n\r\n{"ok":true}`;
  await page.getByText('Paste a whole request instead').click();
  await startGapProbe(page);
  await paste(page.getByLabel('Raw HTTP request', { exact: true }), req);
  await page.getByText('Detected GitHub webhook from its headers.').waitFor({ timeout: 30000 });
  assert.equal(await page.getByLabel('Raw body', { exact: true }).inputValue(), '{"ok":true}');
  const gap = (await stopGapProbe(page)).at(-1) ?? 0;
  assert.ok(gap < 1000, `main thread blocked for ${gap.toFixed(0)} ms`);
  assert.deepEqual(env.session.problems(), []);
});
