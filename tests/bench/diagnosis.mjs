// Benchmark (not a test): diagnosis time in headless Chromium against the release page for a
// 4 KiB, 64 KiB and 1 MiB JSON body whose mistake is the last candidate the search tries:
// the whsec_ key Base64-decoded and the body re-serialised with tabs, sorted keys and escaped
// slashes (the last JSON style, with the last key reading). Also measures the longest
// main-thread block while the search runs (typing responsiveness), and the same search with
// Signature your code computed filled with a value no mistake explains (the search runs
// towards it to the end, as a second target of the same candidates).
import crypto from 'node:crypto';
import { serve, launch, openPage, textUntil, paste, startGapProbe, stopGapProbe } from '../e2e/harness.mjs';

export function makeBody(size) {
  const records = [];
  let body = '';
  for (let i = 0; body.length < size; i++) {
    records.push({ id: i, url: `https://api.example.test/v1/orders/${i}`, status: i % 3 ? 'paid' : 'open', amount: i * 137, customer: { name: `Customer ${i}`, email: `c${i}@example.test` } });
    if (i % 16 === 0) body = JSON.stringify({ type: 'batch', data: records });
  }
  body = JSON.stringify({ type: 'batch', data: records });
  return body;
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

async function once(page, body, secret, expected, computed = '') {
  await page.getByLabel('Expected signature', { exact: true }).fill('');
  await page.getByLabel('Signature your code computed', { exact: true }).fill(computed);
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'HMAC-SHA256' });
  await paste(page.getByLabel('Message', { exact: true }), body);
  await page.getByLabel('Secret key', { exact: true }).fill(`whsec_${secret}`);
  if (computed) {
    // With the user's value entered, every field starts a search (towards that value); the
    // one timed starts once the worker is idle, as the forward search alone does.
    await textUntil(page.locator('#evidence'), (t) => t.includes('No known mistake'), 60000);
  }
  await startGapProbe(page, 4);
  await page.getByLabel('Expected signature', { exact: true }).fill(expected);
  const text = await textUntil(page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 120000);
  const gaps = await stopGapProbe(page);
  const info = await page.locator('#diagnosis-time').textContent();
  const [, ms, where, tried] = info.match(/Search took (\d+) ms( in a background worker)? \((\d+) candidate/);
  if (!text.startsWith('Found:') || !/whsec_/.test(text) || !/tabs, keys sorted/.test(text)) {
    throw new Error(`not found: ${text.slice(0, 200)}`);
  }
  if (computed) {
    const told = await textUntil(page.locator('#evidence'), (t) => t.includes('No known mistake'), 10000);
    if (!told.includes('No known mistake')) throw new Error(`the computed value: ${told.slice(0, 200)}`);
  }
  return { ms: Number(ms), where: where ? 'worker' : 'page', tried: Number(tried), maxGap: gaps.at(-1), p95Gap: gaps[Math.floor(gaps.length * 0.95)] };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchDiagnosis(page, runs = 7) {
  const secret = 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const rows = [];
  const cases = [['4 KiB', 4096], ['64 KiB', 65536], ['1 MiB', 1048576]];
  for (const [label, size] of cases) {
    const body = makeBody(size);
    const signed = JSON.stringify(sortKeys(JSON.parse(body)), null, '\t').replace(/\//g, '\\/');
    const expected = crypto.createHmac('sha256', Buffer.from(secret, 'base64')).update(signed).digest('hex');
    // The first search of a size runs partly in V8's baseline code (wasm tiers up while it
    // runs): reported on its own, not in the median.
    const first = await once(page, body, secret, expected);
    const results = [];
    for (let r = 0; r < runs; r++) results.push(await once(page, body, secret, expected));
    const computed = crypto.createHmac('sha256', 'the server loaded another secret').update(body).digest('hex');
    const both = [];
    for (let r = 0; r < runs; r++) both.push(await once(page, body, secret, expected, computed));
    rows.push({
      body: `${label} (${body.length} B)`,
      'first search (ms)': first.ms,
      [`median of next ${runs} (ms)`]: median(results.map((x) => x.ms)),
      'min / max (ms)': `${Math.min(...results.map((x) => x.ms))} / ${Math.max(...results.map((x) => x.ms))}`,
      [`with Signature your code computed, median of ${runs} (ms)`]: median(both.map((x) => x.ms)),
      'ratio': (median(both.map((x) => x.ms)) / median(results.map((x) => x.ms))).toFixed(2),
      candidates: results[0].tried,
      'searched in': results[0].where,
      'longest main-thread gap (ms)': Math.max(...results.map((x) => x.maxGap)).toFixed(1),
      'p95 gap (ms)': median(results.map((x) => x.p95Gap)).toFixed(1),
    });
  }
  await page.getByLabel('Signature your code computed', { exact: true }).fill('');
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await serve();
  const browser = await launch();
  const { page } = await openPage(browser, site);
  const rows = await benchDiagnosis(page);
  console.table(rows);
  await browser.close();
  await site.close();
}
