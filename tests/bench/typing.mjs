// Typing into Expected signature with a 600 KB message loaded (each keystroke starts a
// diagnosis in the worker): the time for 64 keystrokes through WebDriver, in Firefox ESR or
// WebKitGTK (`xvfb-run -a node tests/bench/typing.mjs webkit`). BENCH_DIST measures another
// build's dist/ (an older commit's, for before and after).
import crypto from 'node:crypto';
import { serve, dist } from '../e2e/harness.mjs';
import { Session } from '../engines/webdriver.mjs';

const site = await serve(process.env.BENCH_DIST || dist);
const s = await Session.start(process.argv[2] || 'webkit');
try {
  await s.go(site.url);
  await s.until('Secret key', (t) => t !== null, 30000);
  const body = JSON.stringify({ items: Array.from({ length: 20000 }, (_, i) => ({ id: i, name: `item ${i} ü` })) });
  await s.paste('Message', body);
  await s.type('Secret key', 'typing-secret');
  const sig = crypto.createHmac('sha256', 'other').update(body).digest('hex');
  const id = await s.byLabel('Expected signature');
  const runs = [];
  for (let run = 0; run < 3; run++) {
    await s.send('POST', `/element/${id}/clear`, {});
    const t = Date.now();
    await s.send('POST', `/element/${id}/value`, { text: sig });
    // Then until the page has caught up with the last keystroke.
    await s.until('Expected signature', (v) => v === sig);
    runs.push(Date.now() - t);
  }
  console.log(JSON.stringify({ engine: s.name, message: body.length, keystrokes: sig.length, ms: runs }));
} finally {
  await s.close();
  await site.close();
}
