// A file through the worker against the same HMAC in memory, per algorithm: the file's MB/s
// (the page's own "Done: … MB/s" line, best of REPEATS) ÷ the in-memory wasm MB/s of the same
// run (best of three). Used by run.mjs (Chromium) and, run alone, for Firefox ESR and WebKitGTK
// (`node tests/bench/file.mjs firefox|webkit`, WebKit under xvfb-run), through the WebDriver
// client of tests/engines/.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Measured in this order after a first hash with HMAC-SHA256 (which also starts the worker),
// so that each choice re-hashes the file.
export const ALGORITHMS = [
  ['sha1', 'HMAC-SHA1'],
  ['sha512', 'HMAC-SHA512'],
  ['sha256', 'HMAC-SHA256'],
];

/** How many times each algorithm hashes the file. */
export const REPEATS = 3;

/** In-memory wasm HMAC speed in MB/s (best of 3) over `mib` MiB, in the page. */
export const IN_MEMORY = async (alg, mib) => {
  const data = new Uint8Array(mib << 20);
  for (let i = 0; i < data.length; i += 4096) data[i] = i & 255;
  const key = new TextEncoder().encode('file-secret');
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    window.wasmBindings.hmac_bytes(alg, key, data);
    best = Math.min(best, performance.now() - t);
  }
  return (mib * 1.048576) / (best / 1000);
};

/**
 * Hashes a `mib` MiB file REPEATS times with each algorithm (in turn) through `ui` ({ upload,
 * choose, text, evaluate }), then measures each algorithm's in-memory speed; rows for the report.
 */
export async function benchFile(ui, mib = 256) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hmac-file-'));
  const file = path.join(dir, 'big.bin');
  const data = crypto.randomBytes(mib * 1024 * 1024);
  fs.writeFileSync(file, data);
  const rows = [];
  try {
    await ui.type('Secret key', 'file-secret');
    const hashed = async (alg) => {
      const want = crypto.createHmac(alg, 'file-secret').update(data).digest('hex');
      const deadline = Date.now() + 180000;
      // Polled once a second: the page times the hash itself, and each poll is work for the
      // page's thread while the worker reads and hashes.
      while ((await ui.text('HMAC hex')) !== want) {
        if (Date.now() > deadline) throw new Error(`${alg}: the file's HMAC never came`);
        await new Promise((r) => setTimeout(r, 1000));
      }
      return ui.text('#file-status');
    };
    await ui.choose('Algorithm', 'HMAC-SHA256');
    await ui.upload('Message file', file);
    const first = await hashed('sha256');
    // Each algorithm's file speed is the best of REPEATS hashes, as the in-memory one is the
    // best of three; the median is reported beside it.
    const rates = Object.fromEntries(ALGORITHMS.map(([alg]) => [alg, []]));
    let memory = 0;
    for (let rep = 0; rep < REPEATS; rep++) {
      for (const [alg, label] of ALGORITHMS) {
        await ui.choose('Algorithm', label);
        const status = await hashed(alg);
        // The page counts MiB ("256.0 MB" is 256 MiB): in MB, as the in-memory figure.
        rates[alg].push(Number((status.match(/\((\d+) MB\/s/) || [])[1]) * 1.048576);
        memory = Math.max(memory, Number((status.match(/worker memory ([\d.]+) MB/) || [])[1]));
      }
    }
    for (const [alg, label] of ALGORITHMS) {
      const inMemory = await ui.evaluate(IN_MEMORY, alg, 64);
      const sorted = [...rates[alg]].sort((x, y) => x - y);
      const best = sorted[sorted.length - 1];
      const median = sorted[sorted.length >> 1];
      rows.push({
        algorithm: label,
        file: `${mib} MiB`,
        [`file through the worker, best of ${REPEATS} (MB/s)`]: best.toFixed(0),
        'in memory, wasm, 64 MiB, best of 3 (MB/s)': inMemory.toFixed(0),
        'file ÷ in memory': (best / inMemory).toFixed(2),
        [`median of ${REPEATS} ÷ in memory`]: (median / inMemory).toFixed(2),
        'worker wasm memory (MB)': memory.toFixed(1),
        'first hash of the file (worker starting)': alg === 'sha256' ? first.replace(/^Done: /, '') : '',
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The UI adapter for a Playwright page (Chromium). */
export function playwrightUi(page) {
  const byLabel = (l) => (l.startsWith('#') ? page.locator(l) : page.getByLabel(l, { exact: true }));
  return {
    type: (l, t) => byLabel(l).fill(t),
    choose: (l, o) => byLabel(l).selectOption({ label: o }),
    upload: (l, f) => byLabel(l).setInputFiles(f),
    text: (l) => byLabel(l).textContent(),
    evaluate: (fn, ...args) => page.evaluate(([src, a]) => eval(`(${src})`)(...a), [fn.toString(), args]),
  };
}

// Run alone: `chromium` through Playwright, `firefox` or `webkit` through WebDriver.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])) && process.argv[2] === 'chromium') {
  const { serve, launch, openPage } = await import('../e2e/harness.mjs');
  const site = await serve();
  const browser = await launch();
  const { page } = await openPage(browser, site);
  console.log(JSON.stringify(await benchFile(playwrightUi(page), Number(process.env.FILE_MIB || 256))));
  await browser.close();
  await site.close();
} else if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])) && process.argv[2]) {
  const { serve } = await import('../e2e/harness.mjs');
  const { Session } = await import('../engines/webdriver.mjs');
  const site = await serve();
  const s = await Session.start(process.argv[2]);
  await s.send('POST', '/timeouts', { script: 300000 });
  try {
    await s.go(site.url);
    await s.until('Secret key', (t) => t !== null, 30000);
    const ui = {
      type: (l, t) => s.type(l, t),
      choose: (l, o) => s.choose(l, o),
      upload: (l, f) => s.upload(l, f),
      text: (l) => s.text(l),
      evaluate: (fn, ...args) => s.run(fn, ...args),
    };
    const rows = await benchFile(ui, Number(process.env.FILE_MIB || 256));
    console.log(JSON.stringify(rows));
  } finally {
    await s.close();
    await site.close();
  }
}
