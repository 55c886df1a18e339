// The benchmark (not a test): one run in headless Chromium against the release build.
// Prints a table and writes docs/BENCHMARKS.md. Run it with ./scripts/bench.sh.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, textUntil, paste, root, dist } from '../e2e/harness.mjs';
import { benchDiagnosis } from './diagnosis.mjs';
import { benchKeystrokes } from './keystroke.mjs';
import { benchFile, playwrightUi } from './file.mjs';
import { firstRender, kb, pageSize, sizeRow } from './size.mjs';
import { benchPublicKey } from './pubkey.mjs';

// The size of the worker's reads of a file (src/web/worker.rs).
const READ_MIB = Number((fs.readFileSync(new URL('../../src/web/worker.rs', import.meta.url), 'utf8').match(/const READ_SIZE: u32 = (\d+) << 20/) || [])[1]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const lines = [];
const say = (s = '') => {
  console.log(s);
  lines.push(s);
};
function table(rows) {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]);
  say(`| ${cols.join(' | ')} |`);
  say(`|${cols.map(() => '---').join('|')}|`);
  for (const r of rows) say(`| ${cols.map((c) => r[c]).join(' | ')} |`);
  say();
}

// Native engine with sha2's soft backend: the ceiling for wasm without SHA instructions.
let native = {};
try {
  const outDir = path.join(root, 'target', 'soft');
  execFileSync('cargo', ['build', '--release', '--example', 'native_speed', '--target-dir', outDir], {
    cwd: root,
    env: { ...process.env, RUSTFLAGS: '--cfg sha2_backend="soft" --cfg sha1_backend="soft"' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  native = JSON.parse(execFileSync(path.join(outDir, 'release', 'examples', 'native_speed')).toString());
} catch (e) {
  console.error('native measurement failed:', e.message);
}

// BENCH_DIST measures another build (e.g. an older commit's dist/) with this benchmark.
const built = process.env.BENCH_DIST || dist;
const site = await serve(built, '/', { '/bench-libs/': path.join(root, 'node_modules') });
const browser = await launch();
const { page } = await openPage(browser, site);
const version = browser.version();

say(`# HMAC Doctor benchmarks`);
say();
say(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0].model.trim()} (${os.cpus().length} cores), Chromium ${version} headless, Node ${process.version}; release build served from 127.0.0.1.`);
say();

// 1. Throughput.
await page.evaluate(async () => {
  for (const src of ['/bench-libs/crypto-js/crypto-js.js', '/bench-libs/jssha/dist/sha.js']) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }
});
const throughput = [];
for (const [alg, webName, cjs, jsshaName] of [
  ['sha256', 'SHA-256', 'HmacSHA256', 'SHA-256'],
  ['sha1', 'SHA-1', 'HmacSHA1', 'SHA-1'],
  ['sha512', 'SHA-512', 'HmacSHA512', 'SHA-512'],
]) {
  for (const mib of [1, 64]) {
    const r = await page.evaluate(
      async ({ alg, webName, cjs, jsshaName, mib }) => {
        const data = new Uint8Array(mib << 20);
        for (let i = 0; i < data.length; i += 4096) data[i] = i & 255;
        const key = new TextEncoder().encode('benchmark key');
        const runs = mib === 1 ? 5 : 2;
        const time = async (f, n = runs) => {
          let best = Infinity;
          for (let i = 0; i < n; i++) {
            const t = performance.now();
            await f();
            best = Math.min(best, performance.now() - t);
          }
          return (mib * 1.048576) / (best / 1000);
        };
        const wasm = await time(() => window.wasmBindings.hmac_bytes(alg, key, data));
        const ck = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: webName }, false, ['sign']);
        const webcrypto = await time(() => crypto.subtle.sign('HMAC', ck, data));
        const words = window.CryptoJS.lib.WordArray.create(data);
        const cryptojs = await time(() => window.CryptoJS[cjs](words, 'benchmark key'), mib === 1 ? 3 : 1);
        const jssha = await time(() => {
          const h = new window.jsSHA(jsshaName, 'UINT8ARRAY', { hmacKey: { value: key, format: 'UINT8ARRAY' } });
          h.update(data);
          return h.getHash('HEX');
        }, mib === 1 ? 3 : 1);
        return { wasm, webcrypto, cryptojs, jssha };
      },
      { alg, webName, cjs, jsshaName, mib },
    );
    const n = native[`${alg}-${mib}`];
    throughput.push({
      'HMAC': `${webName} ${mib} MiB`,
      'wasm (MB/s)': r.wasm.toFixed(0),
      'WebCrypto': r.webcrypto.toFixed(0),
      'crypto-js': r.cryptojs.toFixed(1),
      'jsSHA': r.jssha.toFixed(1),
      'native soft': n ? n.toFixed(0) : 'n/a',
      'wasm ÷ crypto-js': `${(r.wasm / r.cryptojs).toFixed(1)}×`,
      'wasm ÷ jsSHA': `${(r.wasm / r.jssha).toFixed(1)}×`,
      'wasm ÷ native soft': n ? `${(r.wasm / n).toFixed(2)}×` : 'n/a',
    });
  }
}
say('## HMAC throughput (MB/s, best of several runs, data already in memory)');
say();
table(throughput);

// 2. Keystroke → outputs latency.
const latency = [];
for (const [label, size] of [['64 B', 64], ['4 KiB', 4096], ['64 KiB', 65536]]) {
  await page.getByLabel('Message', { exact: true }).fill('x'.repeat(size - 1));
  await page.getByLabel('Secret key', { exact: true }).fill('benchmark key');
  const samples = await page.evaluate(async (n) => {
    const ta = document.getElementById('message');
    const out = document.getElementById('out-hex');
    const xs = [];
    for (let i = 0; i < n; i++) {
      const changed = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          mo.disconnect();
          resolve();
        });
        mo.observe(out, { childList: true, characterData: true, subtree: true });
      });
      const t = performance.now();
      ta.value = ta.value.slice(0, -1) + String.fromCharCode(97 + (i % 26));
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      await changed;
      xs.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 0));
    }
    return xs;
  }, 200);
  latency.push({ message: label, keystrokes: samples.length, 'median (ms)': median(samples).toFixed(2), 'p95 (ms)': p95(samples).toFixed(2) });
}
say('## Keystroke → all outputs updated (HMAC-SHA256, 200 keystrokes each)');
say();
table(latency);

// 2b. Keystrokes in the secret field with a 10 MB body (Custom and a preset). With
// BENCH_BEFORE=<another dist/> the same is measured on that build too, in the same run.
const secretRows = [];
if (process.env.BENCH_BEFORE) {
  const other = await serve(process.env.BENCH_BEFORE);
  const { page: p2, context } = await openPage(browser, other);
  for (const r of await benchKeystrokes(p2)) secretRows.push({ build: `before (${process.env.BENCH_BEFORE_NAME || 'other build'})`, ...r });
  await context.close();
  await other.close();
}
for (const r of await benchKeystrokes(page)) secretRows.push({ build: 'this build', ...r });
say('## Keystroke in the secret field with a 10 MB body → HMAC output updated (25 keystrokes, a mismatching signature, so each also starts a diagnosis in the worker)');
say();
table(secretRows);

// 3. Diagnosis.
await paste(page.getByLabel('Message', { exact: true }), '');
say('## Diagnosis, mistake found among the last candidates (first search of each size, then the median of the next 7)');
say();
table(await benchDiagnosis(page));
await page.getByLabel('Expected signature', { exact: true }).fill('');

// 4. A 256 MiB file through the worker, per algorithm, against the same HMAC in memory.
const fileRows = await benchFile(playwrightUi(page));
say(`## 256 MiB file through the worker against the same HMAC in memory (a stream read ${READ_MIB} MiB at a time, the next read asked for while one is hashed)`);
say();
table(fileRows);
await page.getByRole('button', { name: 'Remove file' }).click();

// 5. Size and first render.
const size = pageSize(built);
say('## Page size and first render');
say();
table([sizeRow(size, await firstRender(browser, site.url))]);
say(`The worker (worker.js + wasm, ${kb(size.worker)} KB gzip, built with opt-level 3) is not counted above: it starts with the first mismatch (every diagnosis runs there), a file, a message over 256 KiB, a preset's verification program, a public-key preset or Load example (the examples live there).`);
say();

// 6. Public-key verification in the worker.
say('## Public-key verification (in the worker, through the labelled fields)');
say();
table(await benchPublicKey(page));

fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
fs.writeFileSync(process.env.BENCH_OUT || path.join(root, 'docs', 'BENCHMARKS.md'), lines.join('\n') + '\n');
await browser.close();
await site.close();
