// The calculator end to end, through the page's labelled controls, against Node's crypto.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { textWhen, textUntil, paste, screenshotPath, withPage } from './harness.mjs';

const ALGORITHMS = {
  'HMAC-MD5': 'md5',
  'HMAC-SHA1': 'sha1',
  'HMAC-SHA224': 'sha224',
  'HMAC-SHA256': 'sha256',
  'HMAC-SHA384': 'sha384',
  'HMAC-SHA512': 'sha512',
  'HMAC-SHA512/256': 'sha512-256',
  'HMAC-SHA3-256': 'sha3-256',
  'HMAC-SHA3-512': 'sha3-512',
};

const env = withPage();

// A small deterministic PRNG so a failing case can be reproduced from its number.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Z', '0', ' ', '{', '"', ':', '\n', '\r\n', '\t', 'é', 'ß', '€', '日本', '😀', '\u0000', '\u200b', '=', '+', '/'];

function randomText(rand, maxChars) {
  const n = Math.floor(rand() * (maxChars + 1));
  let s = '';
  while (s.length < n) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

function randomBytes(rand, max) {
  const n = Math.floor(rand() * (max + 1));
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rand() < 0.15 ? 0 : Math.floor(rand() * 256);
  return b;
}

async function setText(locator, text) {
  if (text.includes('\r')) await paste(locator, text);
  else await locator.fill(text);
}

test('200 random cases match Node crypto.createHmac in every output encoding', async () => {
  const { page } = env.session;
  const rand = rng(20261122);
  const message = page.getByLabel('Message', { exact: true });
  const key = page.getByLabel('Secret key', { exact: true });
  const outputs = {
    hex: page.getByLabel('HMAC hex', { exact: true }),
    HEX: page.getByLabel('HMAC HEX', { exact: true }),
    base64: page.getByLabel('HMAC Base64', { exact: true }),
    base64url: page.getByLabel('HMAC Base64url', { exact: true }),
  };
  const names = Object.keys(ALGORITHMS);
  for (let i = 0; i < 200; i++) {
    const alg = names[Math.floor(rand() * names.length)];
    const messageFormat = ['Text (UTF-8)', 'Hex', 'Base64'][Math.floor(rand() * 3)];
    const keyFormat = ['Text (UTF-8)', 'Hex', 'Base64', 'Base64url'][Math.floor(rand() * 4)];
    // Lengths up to 5000 (characters for text, bytes otherwise); every 10th case long.
    const maxLen = i % 10 === 0 ? 5000 : 300;
    let messageText, messageBytes;
    if (messageFormat === 'Text (UTF-8)') {
      messageText = randomText(rand, maxLen);
      messageBytes = Buffer.from(messageText, 'utf8');
    } else {
      messageBytes = randomBytes(rand, maxLen);
      messageText = messageFormat === 'Hex' ? messageBytes.toString('hex') : messageBytes.toString('base64');
    }
    let keyText, keyBytes;
    if (keyFormat === 'Text (UTF-8)') {
      keyText = randomText(rand, 200);
      keyBytes = Buffer.from(keyText, 'utf8');
    } else {
      keyBytes = randomBytes(rand, 200);
      keyText = { Hex: keyBytes.toString('hex'), Base64: keyBytes.toString('base64'), Base64url: keyBytes.toString('base64url') }[keyFormat];
    }
    await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: alg });
    await page.getByLabel('Message format', { exact: true }).selectOption({ label: messageFormat });
    await page.getByLabel('Key format', { exact: true }).selectOption({ label: keyFormat });
    await setText(message, messageText);
    await setText(key, keyText);

    const mac = crypto.createHmac(ALGORITHMS[alg], keyBytes).update(messageBytes).digest();
    const want = {
      hex: mac.toString('hex'),
      HEX: mac.toString('hex').toUpperCase(),
      base64: mac.toString('base64'),
      base64url: mac.toString('base64url'),
    };
    const label = `case ${i}: ${alg}, message ${messageFormat} ${messageBytes.length} B, key ${keyFormat} ${keyBytes.length} B`;
    for (const [enc, loc] of Object.entries(outputs)) {
      assert.equal(await textWhen(loc, want[enc]), want[enc], `${label}: ${enc}`);
    }
  }
  assert.deepEqual(env.session.problems(), []);
});

test('verdict flips between Match and Mismatch for every encoding and prefix', async () => {
  const { page } = env.session;
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'HMAC-SHA256' });
  await page.getByLabel('Message format', { exact: true }).selectOption({ label: 'Text (UTF-8)' });
  await page.getByLabel('Key format', { exact: true }).selectOption({ label: 'Text (UTF-8)' });
  await page.getByLabel('Message', { exact: true }).fill('Hello, World!');
  await page.getByLabel('Secret key', { exact: true }).fill("It's a Secret to Everybody");
  const mac = crypto.createHmac('sha256', "It's a Secret to Everybody").update('Hello, World!').digest();
  const hex = mac.toString('hex');
  const forms = [
    [hex, 'lowercase hex'],
    [hex.toUpperCase(), 'uppercase hex'],
    [mac.toString('base64'), 'Base64'],
    [mac.toString('base64url'), 'Base64url without padding'],
    [`sha256=${hex}`, 'lowercase hex with sha256= prefix'],
    [`X-Hub-Signature-256: sha256=${hex}`, 'lowercase hex with sha256= prefix after “X-Hub-Signature-256:”'],
    [`v1=${hex}`, 'lowercase hex with v1= prefix'],
    [`v0=${hex}`, 'lowercase hex with v0= prefix'],
    [`v1,${mac.toString('base64')}`, 'Base64 with v1, prefix'],
  ];
  const status = page.getByRole('status');
  const expected = page.getByLabel('Expected signature', { exact: true });
  for (const [form, description] of forms) {
    await expected.fill(form);
    const got = await textUntil(status, (t) => t.startsWith('Match'));
    assert.equal(got, `Match — HMAC-SHA256, expected given as ${description}`, form);
    // Change one character of the signature itself: Mismatch.
    const broken = form.slice(0, -3) + (form.at(-3) === 'A' ? 'B' : 'A') + form.slice(-2);
    await expected.fill(broken);
    const bad = await textUntil(status, (t) => t.startsWith('Mismatch'));
    assert.match(bad, /^Mismatch — /, broken);
  }
  // Back to a match, then change the message: Mismatch.
  await expected.fill(hex);
  assert.match(await textUntil(status, (t) => t.startsWith('Match')), /^Match/);
  await page.getByLabel('Message', { exact: true }).fill('Hello, World!\n');
  assert.match(await textUntil(status, (t) => t.startsWith('Mismatch')), /^Mismatch/);
  // No expected signature: the status is empty.
  await expected.fill('');
  assert.equal(await textWhen(status, ''), '');
  assert.deepEqual(env.session.problems(), []);
});

test('CRLF pasted into the message is hashed as CRLF', async () => {
  const { page } = env.session;
  await page.getByLabel('Message format', { exact: true }).selectOption({ label: 'Text (UTF-8)' });
  await page.getByLabel('Key format', { exact: true }).selectOption({ label: 'Text (UTF-8)' });
  await page.getByLabel('Secret key', { exact: true }).fill('k');
  await paste(page.getByLabel('Message', { exact: true }), 'a=1\r\nb=2\r\n');
  const want = crypto.createHmac('sha256', 'k').update('a=1\r\nb=2\r\n').digest('hex');
  assert.equal(await textWhen(page.getByLabel('HMAC hex', { exact: true }), want), want);
  assert.match(await page.locator('#message-info').textContent(), /10 bytes · 2 CRLF line breaks/);
  // Typing after the paste keeps the CRLFs.
  await page.getByLabel('Message', { exact: true }).press('End');
  await page.getByLabel('Message', { exact: true }).press('Control+End');
  await page.keyboard.type('c');
  const want2 = crypto.createHmac('sha256', 'k').update('a=1\r\nb=2\r\nc').digest('hex');
  assert.equal(await textWhen(page.getByLabel('HMAC hex', { exact: true }), want2), want2);
});

test('bad input shows a specific error with its position, and the page keeps working', async () => {
  const { page } = env.session;
  const key = page.getByLabel('Secret key', { exact: true });
  await page.getByLabel('Key format', { exact: true }).selectOption({ label: 'Hex' });
  await key.fill('0011223g');
  await page.getByText("Key is not valid hex: 'g' at position 8").waitFor();
  await key.fill('abc');
  await page.getByText('Key is not valid hex: odd number of hex digits (3)').waitFor();
  await page.getByLabel('Message format', { exact: true }).selectOption({ label: 'Base64' });
  await page.getByLabel('Message', { exact: true }).fill('aGVsbG8gd29%bGQ=');
  await page.getByText("Message is not valid Base64: invalid Base64 character '%' at position 12").waitFor();
  await page.getByLabel('Expected signature', { exact: true }).fill('sha256=abc%def');
  assert.match(
    await textUntil(page.locator('#expected-info'), (t) => t.includes('position 11')),
    /not hex or Base64: invalid character '%' at position 11/,
  );
  // Fix the inputs: outputs come back.
  await key.fill('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b');
  await page.getByLabel('Message', { exact: true }).fill('SGkgVGhlcmU=');
  const want = crypto.createHmac('sha256', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex');
  assert.equal(await textWhen(page.getByLabel('HMAC hex', { exact: true }), want), want);
  assert.deepEqual(env.session.problems(), []);
});

test('warnings name whitespace, invisible characters and quotes in the key', async () => {
  const { page } = env.session;
  await page.getByLabel('Key format', { exact: true }).selectOption({ label: 'Text (UTF-8)' });
  await page.getByLabel('Secret key', { exact: true }).fill('"sec\u200bret"\n');
  await page.getByText('Key ends with a newline (\\n)').waitFor();
  await page.getByText('Key contains an invisible character: zero-width space (U+200B) at position 5.').waitFor();
  await page.getByText('Key is wrapped in quotes').waitFor();
  await page.getByLabel('Secret key', { exact: true }).fill('');
  await page.getByText('Key is empty.').waitFor();
});

test('the page makes no request beyond the local server, and a screenshot is saved', async () => {
  const { page, requests } = env.session;
  await page.getByLabel('Message format', { exact: true }).selectOption({ label: 'Text (UTF-8)' });
  await page.getByLabel('Message', { exact: true }).fill('Hello, World!');
  await page.getByLabel('Secret key', { exact: true }).fill("It's a Secret to Everybody");
  await page.getByLabel('Expected signature', { exact: true }).fill('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  await textUntil(page.getByRole('status'), (t) => t.startsWith('Match'));
  await page.screenshot({ path: screenshotPath('calculator.png'), fullPage: true });
  assert.ok(requests.length >= 3, `the page loaded its assets (${requests.length} requests)`);
  for (const r of requests) assert.ok(r.startsWith(env.site.origin + '/'), r);
  assert.deepEqual(env.session.problems(), []);
});
