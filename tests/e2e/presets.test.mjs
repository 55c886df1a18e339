// Provider presets end to end through their labelled fields: the seed presets (Pusher with
// the error-text paste, Zoom signature decode, Meta), the raw request view for GitHub,
// Stripe and Slack, and the diagnosis inside a preset. Vectors from providers.md, checked
// against Node's crypto where the test computes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { textUntil, paste, screenshotPath, withPage } from './harness.mjs';

const env = withPage();

const label = (name) => env.session.page.getByLabel(name, { exact: true });
const status = () => env.session.page.getByRole('status');

async function provider(name) {
  await label('Provider').selectOption({ label: name });
}

async function reset() {
  await env.session.page.reload();
  await label('Provider').waitFor();
}

test('Pusher channel authorization: docs vector, produced response, and a pasted Pusher error', async () => {
  await reset();
  await provider('Pusher channel authorization');
  await label('App secret').fill('7ad3773142a6692b25b8');
  await label('App key').fill('278d425bdf160c739803');
  await label('Socket ID').fill('1234.1234');
  await label('Channel name').fill('private-foobar');
  const sig = crypto.createHmac('sha256', '7ad3773142a6692b25b8').update('1234.1234:private-foobar').digest('hex');
  assert.equal(sig, '58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4');
  const produced = env.session.page.locator('#produced');
  assert.equal(await textUntil(produced, (t) => t.includes(sig)), `{"auth":"278d425bdf160c739803:${sig}"}`);
  assert.equal(await env.session.page.getByLabel('String to sign').textContent(), '1234.1234:private-foobar');
  await label('Auth signature').fill(`278d425bdf160c739803:${sig}`);
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match — HMAC-SHA256/);

  // The client reconnected: Pusher's error names a new socket id and the old signature.
  await label('Error message').fill(`Invalid signature: Expected HMAC SHA256 hex digest of 5678.9012:private-foobar, but got ${sig}`);
  assert.equal(await label('Socket ID').inputValue(), '5678.9012');
  assert.equal(await label('Auth signature').inputValue(), sig);
  await env.session.page.getByText('the client reconnected and got a new socket id').waitFor();
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const right = crypto.createHmac('sha256', '7ad3773142a6692b25b8').update('5678.9012:private-foobar').digest('hex');
  assert.match(await textUntil(produced, (t) => t.includes(right)), new RegExp(right));
});

test('Pusher presence channel: channel data is part of the string to sign', async () => {
  await reset();
  await label('Provider').selectOption({ label: 'Pusher channel authorization' });
  await label('App secret').fill('7ad3773142a6692b25b8');
  await label('App key').fill('278d425bdf160c739803');
  await label('Error message').fill('Invalid signature: Expected HMAC SHA256 hex digest of 1234.1234:presence-foobar:{"user_id":10,"user_info":{"name":"Mr. Pusher"}}, but got afaed3695da2ffd16931f457e338e6c9f2921fa133ce7dac49f529792be6304c');
  assert.equal(await label('Channel name').inputValue(), 'presence-foobar');
  assert.equal(await label('Channel data').inputValue(), '{"user_id":10,"user_info":{"name":"Mr. Pusher"}}');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  // Every preset has the field; only Pusher's own error fills a preset's fields.
  await provider('Pusher webhook');
  await env.session.page.getByRole('heading', { name: 'Pusher webhook' }).waitFor();
  assert.equal(await label('Error message').count(), 1);
});

test('Zoom legacy SDK signature: decoded into its parts and verified, with the URL warning', async () => {
  await reset();
  await provider('Zoom Web SDK signature (legacy)');
  await label('API secret').fill('xyz789');
  await label('Zoom signature').fill('YWJjMTIzLjEyMzQ1Njc4OS4xNjQ2OTM3NTUzMDAwLjAuSUhTZnovU05xQ1JZN0QrcG1BbHdYeEY2a3lFcmpMeFdZWThhUzZTY3h3WT0=');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match — HMAC-SHA256/);
  const msg = Buffer.from('abc1231234567891646937553000' + '0').toString('base64');
  assert.equal(await env.session.page.getByLabel('String to sign').textContent(), msg);
  await env.session.page.getByText('the intermittent “1 in 5 fails”').waitFor();
  assert.match(await env.session.page.locator('#timestamp-check').textContent(), /Timestamp 1646937553000 \(milliseconds\) is \d+ years?/);
  await label('API secret').fill('xyz78');
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
});

test('Meta: escaped unicode matches, the re-serialised body is diagnosed', async () => {
  await reset();
  await provider('Meta / WhatsApp / Instagram / Messenger');
  await label('App secret').fill('app_secret');
  await label('X-Hub-Signature-256').fill('sha256=9d9c307fc216aea4c1f52ce87c47e7f0c570aa837887d3c8ddef2734a6dc7c3e');
  await label('Raw body').fill('{"text":"\\u00e4\\u00f6\\u00e5"}');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  await label('Raw body').fill('{"text":"äöå"}');
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
  assert.match(text, /^Found: the expected signature matches the same JSON minified \(no spaces\), non-ASCII escaped as \\uXXXX with lowercase hex/);
});

test('raw request view: GitHub (CRLF), detected and verified', async () => {
  await reset();
  const req = 'POST /hook HTTP/1.1\r\nHost: example.test\r\nX-GitHub-Event: ping\r\nX-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17\r\nContent-Length: 13\r\n\r\nHello, World!';
  await env.session.page.getByText('Paste a whole request instead').click();
  await paste(label('Raw HTTP request'), req);
  await env.session.page.getByText('Detected GitHub webhook from its headers.').waitFor();
  assert.equal(await label('Provider').inputValue(), 'github');
  await label('Webhook secret').fill("It's a Secret to Everybody");
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match — HMAC-SHA256, expected given as lowercase hex with sha256= prefix/);
});

test('raw request view: Stripe (LF), timestamp outside tolerance, and a re-formatted body', async () => {
  await reset();
  const body = '{"id":"evt_test","object":"event"}';
  const req = `stripe-signature: t=1700000000,v1=8042376f6ca064adbe037642a718227dfd59047137eb49497a54c49eb0cfb724\ncontent-type: application/json\n\n${body}`;
  await env.session.page.getByText('Paste a whole request instead').click();
  await label('Raw HTTP request').fill(req);
  await env.session.page.getByText('Detected Stripe webhook from its headers.').waitFor();
  await label('Endpoint signing secret').fill('whsec_test_secret');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  assert.equal(await env.session.page.getByLabel('String to sign').textContent(), `1700000000.${body}`);
  assert.match(await env.session.page.locator('#timestamp-check').textContent(), /outside Stripe webhook's 300 s tolerance/);
  // The same request with a pretty-printed body: noted, Mismatch, and the diagnosis finds it.
  const pretty = JSON.stringify(JSON.parse(body), null, 2);
  await label('Raw HTTP request').fill(req.replace(body, pretty));
  await env.session.page.getByText('The body is pretty-printed JSON and the signature does not verify').waitFor();
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
  assert.match(text, /^Found: the expected signature matches the same JSON minified/);
  // Stripe itself sends pretty-printed JSON: signed so, it matches and nothing warns.
  const signed = crypto.createHmac('sha256', 'whsec_test_secret').update(`1700000000.${pretty}`).digest('hex');
  await label('Raw HTTP request').fill(`stripe-signature: t=1700000000,v1=${signed}\ncontent-type: application/json\n\n${pretty}`);
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  assert.doesNotMatch(await env.session.page.locator('#raw-notes').textContent(), /pretty-printed/);
});

test('raw request view: Slack form body, verified; verification code is offered', async () => {
  await reset();
  const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
  const req = `POST /slack/commands HTTP/1.1\r\nX-Slack-Request-Timestamp: 1531420618\r\nX-Slack-Signature: v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n${body}`;
  await env.session.page.getByText('Paste a whole request instead').click();
  await paste(label('Raw HTTP request'), req);
  await env.session.page.getByText('Detected Slack request from its headers.').waitFor();
  assert.equal(await label('Timestamp').inputValue(), '1531420618');
  await label('Signing secret').fill('8f742231b10e8888abcd99yyyzzz85a5');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  const want = crypto.createHmac('sha256', '8f742231b10e8888abcd99yyyzzz85a5').update(`v0:1531420618:${body}`).digest('hex');
  assert.equal(want, 'a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  await label('Language').selectOption({ label: 'Python (Flask)' });
  // The program is written by the page's worker.
  const code = await textUntil(env.session.page.getByLabel('Verification code', { exact: true }), (t) => t.includes('from flask import'), 10000);
  assert.match(code, /request\.get_data\(\)/);
  assert.match(code, /hmac\.compare_digest/);
  assert.match(code, /b''\.join\(\['v0:'\.encode\(\), timestamp\.encode\(\), ':'\.encode\(\), body\]\)/);
  assert.match(await env.session.page.locator('.code .info').first().textContent(), /save it as app\.py/);
  await env.session.page.screenshot({ path: screenshotPath('preset-slack.png'), fullPage: true });
  assert.deepEqual(env.session.problems(), []);
});

test('Zoom Meeting SDK JWT: built from the fields, verified when pasted back, claims checked', async () => {
  await reset();
  await provider('JWT HS256/384/512 (incl. Zoom Meeting SDK)');
  const secret = 'a-secret-that-is-at-least-32-bytes-long';
  await label('JWT secret').fill(secret);
  await label('SDK key').fill('abc123');
  await label('Meeting number').fill('123456789');
  await label('Role').fill('0');
  await label('iat').fill('1700000000');
  await label('exp').fill('1700001000');
  const token = await textUntil(env.session.page.locator('#produced'), (t) => t.split('.').length === 3);
  const [h, p, s] = token.split('.');
  assert.equal(crypto.createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url'), s);
  assert.deepEqual(JSON.parse(Buffer.from(p, 'base64url')), { appKey: 'abc123', sdkKey: 'abc123', mn: '123456789', role: 0, iat: 1700000000, exp: 1700001000, tokenExp: 1700001000 });
  await label('JWT').fill(token);
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match — HMAC-SHA256/);
  // exp − iat = 1000 s is below Zoom's 1800 s minimum: said plainly.
  await env.session.page.getByText('Zoom: exp − iat is 1000 s; it must be between 1800 s (30 min) and 172800 s (48 h).').waitFor();
  // Editing the secret does not re-sign the pasted token: it now fails.
  await label('JWT secret').fill(secret + 'x');
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
});

test('Stripe: the page\'s Node program, saved and run, accepts the page\'s signed curl command', async () => {
  const { execFile, spawn } = await import('node:child_process');
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { root } = await import('./harness.mjs');
  await reset();
  await provider('Stripe webhook');
  const secret = 'whsec_e2e_secret';
  const body = '{"id":"evt_1","type":"payment_intent.succeeded","data":{"object":{"amount":2000}}}';
  await label('Endpoint signing secret').fill(secret);
  await paste(label('Raw body'), body);
  await label('Language').selectOption({ label: 'Node (Express)' });
  const program = await textUntil(env.session.page.getByLabel('Verification code', { exact: true }), (t) => t.includes("require('express')"), 10000);
  const port = 23000 + Math.floor(Math.random() * 1000); // below the ephemeral port range
  await label('Your endpoint URL').fill(`http://127.0.0.1:${port}/webhook`);
  await env.session.page.getByRole('button', { name: 'Make signed curl command' }).click();
  const command = await env.session.page.getByLabel('Signed curl command').textContent();
  // The signature in the command, checked with Node's crypto: a fresh timestamp over t.body.
  const [, t, v1] = command.match(/Stripe-Signature: t=(\d+),v1=([0-9a-f]{64})/);
  assert.ok(Math.abs(Date.now() / 1000 - Number(t)) < 30, t);
  assert.equal(v1, crypto.createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  // Saved and run as a user would, then sent the command.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hmac-e2e-program-'));
  fs.writeFileSync(path.join(dir, 'server.js'), program);
  const server = spawn('node', ['server.js'], {
    cwd: dir,
    env: { ...process.env, WEBHOOK_SECRET: secret, PORT: String(port), NODE_PATH: path.join(root, 'node_modules') },
  });
  try {
    let code = '';
    for (let i = 0; i < 100 && !/^\d{3}$/.test(code); i++) {
      await new Promise((r) => setTimeout(r, 100));
      code = await new Promise((resolve) =>
        execFile('sh', ['-c', `${command} -s -o /dev/null -w '%{http_code}'`], (_e, out) => resolve(String(out).trim())),
      );
      if (code === '000') code = '';
    }
    assert.equal(code, '200');
  } finally {
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(env.session.problems(), []);
});

test('Twilio behind a TLS-terminating proxy: the URL Twilio signed is named', async () => {
  await reset();
  await provider('Twilio request');
  const body = 'CallSid=CA1234567890ABCDE&Digits=1234&From=%2B14158675309&To=%2B18005551212&Caller=%2B14158675309';
  const signed = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = [...new URLSearchParams(body)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => k + v).join('');
  const sig = crypto.createHmac('sha1', '12345').update(signed + params).digest('base64');
  assert.equal(sig, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=');
  await label('Auth token').fill('12345');
  await label('Full URL').fill(signed.replace('https:', 'http:'));
  await label('Form body').fill(body);
  await label('X-Twilio-Signature').fill(sig);
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
  assert.match(text, /^Found: the signature is over the URL https:\/\/mycompany\.com\/myapp\.php\?foo=1&bar=2 \(https:\/\/ instead of the scheme entered\)/);
  assert.match(text, /X-Forwarded-Proto/);
});

test('Twilio via Raw HTTP request behind a proxy: the URL is rebuilt as called, and a URL with the Host the app saw is named', async () => {
  await reset();
  const body = 'CallSid=CA1234567890ABCDE&Digits=1234&From=%2B14158675309&To=%2B18005551212&Caller=%2B14158675309';
  const params = [...new URLSearchParams(body)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => k + v).join('');
  const sig = crypto.createHmac('sha1', '12345').update('https://mycompany.com/myapp.php?foo=1&bar=2' + params).digest('base64');
  const req = `POST /myapp.php?foo=1&bar=2 HTTP/1.1\nHost: 10.0.0.7:8080\nX-Forwarded-Host: mycompany.com\nX-Forwarded-Proto: https\nContent-Type: application/x-www-form-urlencoded\nX-Twilio-Signature: ${sig}\n\n${body}`;
  await env.session.page.getByText('Paste a whole request instead').click();
  await label('Raw HTTP request').fill(req);
  await env.session.page.getByText('Detected Twilio request from its headers.').waitFor();
  await env.session.page.getByText(/Your app sees Host: 10\.0\.0\.7:8080/).waitFor();
  assert.equal(await label('Full URL').inputValue(), 'https://mycompany.com/myapp.php?foo=1&bar=2');
  await label('Auth token').fill('12345');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  await label('Full URL').fill('https://10.0.0.7:8080/myapp.php?foo=1&bar=2');
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
  assert.match(text, /^Found: the signature is over the URL https:\/\/mycompany\.com\/myapp\.php\?foo=1&bar=2 \(with the host mycompany\.com instead of the one entered\)/);
  assert.match(text, /X-Forwarded-Host/);
  assert.deepEqual(env.session.problems(), []);
});

test('HubSpot v2 via Raw HTTP request: told from v3 by its headers, a plain SHA-256 that matches; the version said v1 is named', async () => {
  await reset();
  const secret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
  const body = "{'example_field':'example_value'}";
  const sig = crypto.createHash('sha256').update(secret + 'POST' + 'https://www.example.com/webhook_uri' + body).digest('hex');
  assert.equal(sig, '4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383');
  const req = `POST /webhook_uri HTTP/1.1\nHost: www.example.com\nX-HubSpot-Signature: ${sig}\nX-HubSpot-Signature-Version: v2\n\n${body}`;
  await env.session.page.getByText('Paste a whole request instead').click();
  await label('Raw HTTP request').fill(req);
  await env.session.page.getByText('Detected HubSpot webhook (v1/v2) from its headers.').waitFor();
  await label('Client secret').fill(secret);
  await label('HTTP method').fill('POST');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match — SHA-256 of client secret \+ method \+ URI \+ body \(v2\)/);
  await label('X-HubSpot-Signature-Version').fill('v1');
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  await env.session.page.getByText(/The signature is the v2 hash, but the version is v1/).waitFor();
  assert.deepEqual(env.session.problems(), []);
});

test('Pusher: presence data sent for a private channel is named', async () => {
  await reset();
  await provider('Pusher channel authorization');
  const sig = crypto.createHmac('sha256', '7ad3773142a6692b25b8').update('1234.1234:private-foobar').digest('hex');
  await label('App secret').fill('7ad3773142a6692b25b8');
  await label('App key').fill('278d425bdf160c739803');
  await label('Socket ID').fill('1234.1234');
  await label('Channel name').fill('private-foobar');
  await label('Channel data').fill('{"user_id":"10"}');
  await label('Auth signature').fill(`278d425bdf160c739803:${sig}`);
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
  assert.match(text, /^Found: the signature leaves Channel data out of the string-to-sign/);
});

test('HubSpot v3: a timestamp a JSON parser turned into a float is read and diagnosed', async () => {
  await reset();
  await provider('HubSpot webhook (v3)');
  const body = '[{"eventId":1,"subscriptionType":"contact.creation"}]';
  const uri = 'https://example.com/hubspot';
  const ts = String(Date.now());
  const sig = crypto.createHmac('sha256', 'client-secret').update(`POST${uri}${body}${ts}`).digest('base64');
  await label('Client secret').fill('client-secret');
  await label('HTTP method').fill('POST');
  await label('Request URI').fill(uri);
  await label('X-HubSpot-Request-Timestamp').fill(`${ts}.0`);
  await label('Raw body').fill(body);
  await label('X-HubSpot-Signature-v3').fill(sig);
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  assert.match(await env.session.page.locator('#timestamp-check').textContent(), /written as a decimal number/);
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
  assert.match(text, new RegExp(`^Found: the signature is over the timestamp written as “${ts}”`));
});

test('raw request view: GitHub with only the legacy X-Hub-Signature (SHA-1) is told apart', async () => {
  await reset();
  const body = 'Hello, World!';
  const sha1 = crypto.createHmac('sha1', "It's a Secret to Everybody").update(body).digest('hex');
  await env.session.page.getByText('Paste a whole request instead').click();
  await label('Raw HTTP request').fill(`POST /hook HTTP/1.1\nX-GitHub-Event: ping\nX-Hub-Signature: sha1=${sha1}\n\n${body}`);
  await env.session.page.getByText('The request has X-Hub-Signature (HMAC-SHA1) but no X-Hub-Signature-256').waitFor();
  await label('Webhook secret').fill("It's a Secret to Everybody");
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  await env.session.page.getByText('This is a X-Hub-Signature value (sha1=…, HMAC-SHA1)').waitFor();
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
  assert.match(text, /^Found: the signature was made with HMAC-SHA1, not HMAC-SHA256/);
});
