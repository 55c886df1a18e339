// WebKitGTK's driver for wasm-bindgen-test-runner, which knows Safari's driver but asks it
// for a session with empty capabilities: this starts /usr/bin/WebKitWebDriver and forwards
// every request to it, adding to a new session the capabilities that name MiniBrowser
// (webdriver.mjs's). Prints "listening on PORT", then serves until killed.
// Usage: SAFARIDRIVER_REMOTE=http://127.0.0.1:PORT cargo test --target wasm32-unknown-unknown
import http from 'node:http';
import { spawn } from 'node:child_process';
import { engines } from './webdriver.mjs';

const upstreamPort = 4444 + Math.floor(Math.random() * 1000);
const driver = spawn(engines.webkit.driver, engines.webkit.args(upstreamPort), { stdio: 'ignore' });
process.on('exit', () => driver.kill());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

const server = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  if (req.method === 'POST' && req.url === '/session') {
    body = JSON.stringify({ capabilities: { alwaysMatch: engines.webkit.capabilities } });
  }
  const upstream = http.request(
    { host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers: { 'content-type': 'application/json' } },
    (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    },
  );
  upstream.on('error', (e) => res.writeHead(502).end(String(e)));
  upstream.end(body || undefined);
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => console.log(`listening on ${server.address().port}`));
