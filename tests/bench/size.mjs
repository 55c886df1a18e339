// Page size (html+js+wasm+css, raw and gzip -9, the worker apart) and first interactive
// render, shared by run.mjs and pubkey.mjs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1000).toFixed(1);
const isWorker = (f) => /^(hash-)?worker/.test(f);

/** Sizes of the page's own files in `built` (the worker's apart), raw and gzip -9. */
export function pageSize(built) {
  const sizes = { html: 0, js: 0, wasm: 0, css: 0 };
  const gz = { html: 0, js: 0, wasm: 0, css: 0 };
  let worker = 0;
  for (const f of fs.readdirSync(built)) {
    const buf = fs.readFileSync(path.join(built, f));
    if (isWorker(f)) {
      worker += zlib.gzipSync(buf, { level: 9 }).length;
      continue;
    }
    const ext = path.extname(f).slice(1);
    if (!(ext in sizes)) continue;
    sizes[ext] += buf.length;
    gz[ext] += zlib.gzipSync(buf, { level: 9 }).length;
  }
  return { sizes, gz, worker };
}

/** Milliseconds from navigation to the first render of the labelled controls, median of `n`. */
export async function firstRender(browser, url, n = 5) {
  const renders = [];
  for (let i = 0; i < n; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.addInitScript(() => {
      new MutationObserver((_, mo) => {
        if (document.getElementById('message')) {
          window.__firstRender = performance.now();
          mo.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await p.goto(url);
    await p.getByLabel('Message', { exact: true }).waitFor();
    renders.push(await p.evaluate(() => window.__firstRender));
    await ctx.close();
  }
  return median(renders);
}

/** The report's row for a build. */
export function sizeRow({ sizes, gz }, render) {
  return {
    'html+js+wasm+css raw (KB)': kb(sizes.html + sizes.js + sizes.wasm + sizes.css),
    'gzip -9 (KB)': kb(gz.html + gz.js + gz.wasm + gz.css),
    'wasm raw / gzip (KB)': `${kb(sizes.wasm)} / ${kb(gz.wasm)}`,
    'js raw / gzip (KB)': `${kb(sizes.js)} / ${kb(gz.js)}`,
    'first interactive render (median of 5, ms)': render.toFixed(0),
  };
}

export { kb };
