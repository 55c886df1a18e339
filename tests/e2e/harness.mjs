// Shared harness for the end-to-end tests: serves the built release page (dist/) on
// 127.0.0.1, launches Debian's Chromium through playwright-core, and records every request,
// console error and page error so each test can assert the page stayed local and clean.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = path.join(root, 'dist');
export const artifacts = path.join(here, 'artifacts');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` under `base` (e.g. "/" or "/hmac-doctor/") on a free loopback port; `mounts`
 * maps other URL prefixes to folders (the benchmark serves its JS libraries that way).
 */
export async function serve(dir = dist, base = '/', mounts = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (url.pathname.startsWith(prefix)) {
        const file = path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (file.startsWith(folder) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
          fs.createReadStream(file).pipe(res);
        } else {
          res.writeHead(404).end();
        }
        return;
      }
    }
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: origin + base, origin, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens the page and starts recording. `problems()` lists every request that left the
 * local origin, every console error and every uncaught page error.
 */
export async function openPage(browser, site, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(site.origin + '/') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
      problems.push(`request left the local server: ${r.method()} ${r.url()}`);
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(site.url);
  await page.getByLabel('Message', { exact: true }).waitFor();
  return { context, page, requests, problems: () => problems };
}

/** Waits until the element's text equals `want`; returns the text it ended with. */
export async function textWhen(locator, want, timeout = 3000) {
  const deadline = Date.now() + timeout;
  let got;
  do {
    got = await locator.textContent();
    if (got === want) return got;
    await new Promise((r) => setTimeout(r, 10));
  } while (Date.now() < deadline);
  return got;
}

/** Waits until the element's text satisfies `pred`; returns the text it ended with. */
export async function textUntil(locator, pred, timeout = 3000) {
  const deadline = Date.now() + timeout;
  let got;
  do {
    got = await locator.textContent();
    if (pred(got)) return got;
    await new Promise((r) => setTimeout(r, 10));
  } while (Date.now() < deadline);
  return got;
}

/**
 * Puts exact text into a textarea the way a user's paste does, so that "\r\n" survives
 * (a textarea's value, and so Playwright's fill(), turns every line break into "\n").
 */
export async function paste(locator, text) {
  await locator.evaluate((el, t) => {
    el.focus();
    el.select();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export function screenshotPath(name) {
  fs.mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, name);
}

/**
 * Registers before/after hooks that serve dist/, launch Chromium and open the page once for
 * the whole file. The returned object's site, browser and session are set once `before` ran.
 */
export function withPage() {
  const env = {};
  before(async () => {
    env.site = await serve();
    env.browser = await launch();
    env.session = await openPage(env.browser, env.site);
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** Starts recording the gaps between 10 ms timer ticks (how long the main thread was busy). */
export async function startGapProbe(page, interval = 10) {
  await page.evaluate((ms) => {
    window.__gaps = [];
    let last = performance.now();
    window.__probe = setInterval(() => {
      const t = performance.now();
      window.__gaps.push(t - last);
      last = t;
    }, ms);
  }, interval);
}

/** Stops the probe and returns the gaps, sorted. */
export async function stopGapProbe(page) {
  return page.evaluate(() => {
    clearInterval(window.__probe);
    return window.__gaps.sort((a, b) => a - b);
  });
}
