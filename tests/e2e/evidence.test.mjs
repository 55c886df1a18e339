// What the server saw, end to end through the labels: Signature your code computed, Error
// message, the Raw HTTP request's Content-Length, a Match explained, credential shapes, a
// deliberate bad signature, a form re-encoded, and the three seed stories (Pusher's reconnect,
// Zoom's lost "+", Meta's access token). Signatures are made with Node's crypto.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { paste, textUntil, withPage } from './harness.mjs';

const env = withPage();

const label = (name) => env.session.page.getByLabel(name, { exact: true });
const status = () => env.session.page.getByRole('status');
const hex = (key, msg, alg = 'sha256') => crypto.createHmac(alg, key).update(msg).digest('hex');
const b64 = (key, msg) => crypto.createHmac('sha256', key).update(msg).digest('base64');

async function reset() {
  await env.session.page.reload();
  await label('Provider').waitFor();
}

/** The evidence list's text once it includes `want` (or after 10 s). */
async function evidence(want) {
  return textUntil(env.session.page.locator('#evidence'), (t) => t.includes(want), 10000);
}

async function custom(message, key, expected) {
  await label('Message').fill(message);
  await label('Secret key').fill(key);
  await label('Expected signature').fill(expected);
}

test('Signature your code computed: an empty body, a swapped call, a case-sensitive compare (Custom)', async () => {
  await reset();
  const body = '{"event":"ping","id":42}';
  await custom(body, 'k3y', hex('k3y', body));
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  // A Match is explained.
  assert.match(await evidence('The signature verifies'), /Your server must hash the same bytes/);
  await label('Signature your code computed').fill(hex('k3y', ''));
  assert.match(await evidence('empty body'), /Your code hashed an empty body/);
  await label('Signature your code computed').fill(hex(body, 'k3y'));
  assert.match(await evidence('swapped'), /swapped the key and the message/);
  await label('Signature your code computed').fill(hex('k3y', body).toUpperCase());
  assert.match(await evidence('comparison fails'), /upper-case hex/);
  // The verdict on the provider's signature stays as it is.
  assert.match(await status().textContent(), /^Match/);
  // A wrong secret on the server stays unexplained.
  await label('Signature your code computed').fill(hex('other', body));
  assert.match(await evidence('No known mistake'), /No known mistake turns these inputs/);
});

test('Error message: recognised, checked against inputs that verify (Stripe preset)', async () => {
  await reset();
  await label('Provider').selectOption({ label: 'Stripe webhook' });
  const body = '{"id":"evt_1","object":"event"}';
  const ts = Math.floor(Date.now() / 1000);
  await label('Endpoint signing secret').fill('whsec_abc');
  await label('Stripe-Signature').fill(`t=${ts},v1=${hex('whsec_abc', `${ts}.${body}`)}`);
  await label('Raw body').fill(body);
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  await label('Error message').fill('StripeSignatureVerificationError: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?');
  const text = await evidence('Recognised');
  assert.match(text, /These inputs verify here: the request and the secret are right/);
  assert.match(text, /Signature your code computed/);
  // Then what the server computed names the cause: a parsed object hashed.
  await label('Signature your code computed').fill(hex('whsec_abc', `${ts}.[object Object]`));
  assert.match(await evidence('[object Object]'), /Your code hashed the text “\[object Object\]”/);
  // An unknown text is said to be unknown.
  await label('Error message').fill('Something odd happened');
  assert.match(await evidence('not recognised'), /Error message not recognised/);
});

test('Raw HTTP request: a stale event that verifies, a body cut at 65536 bytes, a Connect event', async () => {
  await reset();
  const body = '{"id":"evt_test","object":"event"}';
  const sig = hex('whsec_test_secret', `1700000000.${body}`);
  await env.session.page.getByText('Paste a whole request instead').click();
  await paste(label('Raw HTTP request'), `POST /hook HTTP/1.1\r\nStripe-Signature: t=1700000000,v1=${sig}\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
  await env.session.page.getByText('Detected Stripe webhook from its headers.').waitFor();
  await label('Endpoint signing secret').fill('whsec_test_secret');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  const text = await evidence('too old');
  assert.match(text, /The signature is valid, but the event is too old for the SDK/);
  assert.match(text, /checks the signature first/);
  assert.doesNotMatch(text, /Content-Length/);
  // The body as a size limit left it.
  const long = `{"id":"evt_2","account":"acct_1","pad":"${'x'.repeat(70000)}"}`;
  const cut = long.slice(0, 65536);
  await paste(label('Raw HTTP request'), `POST /hook HTTP/1.1\r\nStripe-Signature: t=1700000000,v1=${hex('whsec_connect', `1700000000.${long}`)}\r\nContent-Length: ${long.length}\r\n\r\n${cut}`);
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const cutText = await evidence('bytes are missing');
  assert.match(cutText, new RegExp(`${long.length - 65536} bytes are missing`));
  assert.match(cutText, /stops at exactly 65536 bytes/);
  assert.match(cutText, /Connect event/);
});

test('a deliberate bad signature: Xero Intent to Receive wants 401', async () => {
  await reset();
  await label('Provider').selectOption({ label: 'Xero webhook' });
  const body = '{"events":[],"firstEventSequence": 0,"lastEventSequence": 0, "entropy": "YOVMMWSAKVODNAUVISTO"}';
  await label('Webhook key').fill('xero-key');
  await label('x-xero-signature').fill(b64('not-the-key', body));
  await label('Raw body').fill(body);
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  assert.match(await evidence('Intent to Receive'), /401 Unauthorized/);
});

test('form re-encoded with another escape set (Custom)', async () => {
  await reset();
  await custom('text=hello*world&user=a(b)', 'k', hex('k', 'text=hello%2Aworld&user=a%28b%29'));
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await textUntil(env.session.page.locator('#diagnosis-text'), (t) => t.startsWith('Found:'), 10000);
  assert.match(text, /percent-encoded \(%2A/);
});

test('seed 000 — Pusher: the error names the current socket id; the reconnect pattern is told', async () => {
  await reset();
  await label('Provider').selectOption({ label: 'Pusher channel authorization' });
  const secret = '7ad3773142a6692b25b8';
  await label('App secret').fill(secret);
  await label('App key').fill('278d425bdf160c739803');
  await label('Socket ID').fill('5678.9012');
  await label('Channel name').fill('private-foobar');
  // A token made for the previous socket id arrives after the reconnect.
  const old = hex(secret, '1234.1234:private-foobar');
  await label('Error message').fill(`Invalid signature: Expected HMAC SHA256 hex digest of 5678.9012:private-foobar, but got ${old}`);
  assert.equal(await label('Socket ID').inputValue(), '5678.9012');
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await evidence('Recognised');
  assert.match(text, /usual cause is a reconnect/);
  assert.match(text, /harmless when the next subscribe succeeds/);
});

test('seed 002 — Zoom: a legacy signature whose + became spaces is not a Match', async () => {
  await reset();
  await label('Provider').selectOption({ label: 'Zoom Web SDK signature (legacy)' });
  // A meeting number whose hash holds a "+" (about half do).
  let mn = 123456789;
  let hash;
  for (;; mn++) {
    const msg = Buffer.from(`abc123${mn}16469375530000`).toString('base64');
    hash = crypto.createHmac('sha256', 'xyz789').update(msg).digest('base64');
    if (hash.includes('+')) break;
  }
  const intact = Buffer.from(`abc123.${mn}.1646937553000.0.${hash}`).toString('base64');
  const spaced = Buffer.from(`abc123.${mn}.1646937553000.0.${hash.replaceAll('+', ' ')}`).toString('base64');
  await label('API secret').fill('xyz789');
  await label('Zoom signature').fill(intact);
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  await label('Zoom signature').fill(spaced);
  assert.match(await textUntil(status(), (t) => t.length > 0 && !t.startsWith('Match')), /^Mismatch/);
  await env.session.page.getByText('It is valid only with “+” restored.', { exact: false }).waitFor();
  assert.match(await env.session.page.locator('body').textContent(), /only some signatures hold a “\+”, which is why only some attempts fail/);
});

test('seed 003 — Meta: an access token typed as the App Secret is named, not echoed; withdrawn on a Match', async () => {
  await reset();
  await label('Provider').selectOption({ label: 'Meta / WhatsApp / Instagram / Messenger' });
  const token = 'EAAGm0PX4ZCpsBAKZC7nHpQoqXuD1h3ZBZA5rZBq9ZBQXZAZCB2ZBq7ZAZBu9ZCZAw';
  const body = '{"object":"whatsapp_business_account","entry":[]}';
  await label('App secret').fill(token);
  await label('X-Hub-Signature-256').fill(`sha256=${hex('0123456789abcdef0123456789abcdef', body)}`);
  await label('Raw body').fill(body);
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  const text = await evidence('access token');
  assert.match(text, /a Meta access token \(EAA…\)/);
  assert.ok(!text.includes(token), 'the token is never echoed');
  await label('App secret').fill('0123456789abcdef0123456789abcdef');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match/);
  assert.doesNotMatch(await evidence('The signature verifies'), /access token/);
});
