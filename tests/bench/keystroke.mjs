// Benchmark (not a test): keystroke latency in the secret field while a 10 MB body is
// entered, in Custom and in a preset (Stripe), with a mismatching signature so that every
// keystroke also starts a diagnosis. Latency = from the input event to the HMAC hex output
// changing. `node tests/bench/keystroke.mjs [dist dir]` runs it alone (to compare builds).
import { pathToFileURL } from 'node:url';
import { serve, launch, openPage, paste, dist } from '../e2e/harness.mjs';
import { makeBody } from './diagnosis.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Types `n` characters at the end of the text input `id`; resolves with the latencies. */
async function type(page, id, n) {
  return page.evaluate(
    async ({ id, n }) => {
      const input = document.getElementById(id);
      const out = document.getElementById('out-hex');
      const xs = [];
      for (let i = 0; i < n; i++) {
        const before = out.textContent;
        const t = performance.now();
        input.value = input.value + String.fromCharCode(97 + (i % 26));
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        while (document.getElementById('out-hex').textContent === before) {
          await new Promise((r) => setTimeout(r, 0));
        }
        xs.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
      return xs;
    },
    { id, n },
  );
}

/** One row per mode: median and p95 of `n` keystrokes with a body of `size` bytes. */
export async function benchKeystrokes(page, size = 10_000_000, n = 25) {
  const body = makeBody(size);
  const rows = [];
  // Custom.
  await paste(page.getByLabel('Message', { exact: true }), body);
  await page.getByLabel('Expected signature', { exact: true }).fill('00'.repeat(32));
  await page.getByLabel('Secret key', { exact: true }).fill('k');
  await page.locator('#out-hex').waitFor();
  let xs = await type(page, 'secret-key', n);
  rows.push({ mode: 'Custom', body: `${(body.length / 1e6).toFixed(1)} MB`, keystrokes: xs.length, 'median (ms)': median(xs).toFixed(1), 'p95 (ms)': p95(xs).toFixed(1) });
  await paste(page.getByLabel('Message', { exact: true }), '');
  await page.getByLabel('Expected signature', { exact: true }).fill('');
  // A preset.
  await page.getByLabel('Provider', { exact: true }).selectOption({ label: 'Stripe webhook' });
  await paste(page.getByLabel('Raw body', { exact: true }), body);
  await page.getByLabel('Stripe-Signature', { exact: true }).fill(`t=${Math.floor(Date.now() / 1000)},v1=${'00'.repeat(32)}`);
  await page.getByLabel('Endpoint signing secret', { exact: true }).fill('whsec_k');
  await page.locator('#out-hex').waitFor();
  xs = await type(page, 'preset-secret', n);
  rows.push({ mode: 'Stripe preset', body: `${(body.length / 1e6).toFixed(1)} MB`, keystrokes: xs.length, 'median (ms)': median(xs).toFixed(1), 'p95 (ms)': p95(xs).toFixed(1) });
  await paste(page.getByLabel('Raw body', { exact: true }), '');
  await page.getByLabel('Provider', { exact: true }).selectOption({ label: 'Custom' });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = await serve(process.argv[2] || dist);
  const browser = await launch();
  const { page } = await openPage(browser, site);
  console.table(await benchKeystrokes(page));
  await browser.close();
  await site.close();
}
