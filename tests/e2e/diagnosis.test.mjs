// The Diagnosis section end to end: one case per mistake class, a combination, and a wrong
// secret, driven through the labelled controls; expected signatures made with Node's crypto.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { paste, textUntil, withPage } from './harness.mjs';
import { makeBody } from '../bench/diagnosis.mjs';

const env = withPage();

const hmac = (alg, key, msg) => crypto.createHmac(alg, key).update(msg).digest();

async function diagnoseCase({ message, key, expected, algorithm = 'HMAC-SHA256', keyFormat = 'Text (UTF-8)' }) {
  const { page } = env.session;
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: algorithm });
  await page.getByLabel('Message format', { exact: true }).selectOption({ label: 'Text (UTF-8)' });
  await page.getByLabel('Key format', { exact: true }).selectOption({ label: keyFormat });
  await page.getByLabel('Message', { exact: true }).fill(message);
  await page.getByLabel('Secret key', { exact: true }).fill(key);
  await page.getByLabel('Expected signature', { exact: true }).fill(expected);
  assert.match(await textUntil(page.getByRole('status'), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  await page.getByRole('heading', { name: 'Diagnosis' }).waitFor();
  return textUntil(page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);
}

test('key used as text instead of hex-decoded', async () => {
  const keyHex = '00112233445566778899aabbccddeeff';
  const text = await diagnoseCase({ message: 'payload', key: keyHex, expected: hmac('sha256', Buffer.from(keyHex, 'hex'), 'payload').toString('hex') });
  assert.match(text, /^Found: the key must be Hex-decoded/);
});

test('key with a trailing newline, and with an invisible character', async () => {
  const expected = hmac('sha256', 'secret', 'body').toString('hex');
  assert.match(await diagnoseCase({ message: 'body', key: 'secret\n', expected }), /^Found: the real secret has no leading or trailing white space/);
  assert.match(await diagnoseCase({ message: 'body', key: 'sec\u200bret', expected }), /^Found: the key contains an invisible zero-width space at position 4/);
});

test('whsec_ prefix: Standard Webhooks key must be Base64-decoded', async () => {
  const text = await diagnoseCase({
    message: 'msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}',
    key: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    expected: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  });
  assert.match(text, /strip the whsec_ prefix and Base64-decode the rest/);
});

test('a different hash function, and a prefix that names the wrong one', async () => {
  const sha1 = hmac('sha1', "It's a Secret to Everybody", 'Hello, World!').toString('hex');
  const text = await diagnoseCase({ message: 'Hello, World!', key: "It's a Secret to Everybody", expected: `sha256=${sha1}` });
  assert.match(text, /^Found: the signature was made with HMAC-SHA1, not HMAC-SHA256/);
  assert.match(text, /the sha256= prefix names HMAC-SHA256 but the signature is HMAC-SHA1/);
});

test('output: Base64 of the hex text, and a truncated signature', async () => {
  const mac = hmac('sha256', 'k', 'm');
  assert.match(
    await diagnoseCase({ message: 'm', key: 'k', expected: Buffer.from(mac.toString('hex')).toString('base64') }),
    /^Found: the expected signature is the Base64 of the hex text of the HMAC/,
  );
  assert.match(
    await diagnoseCase({ message: 'm', key: 'k', expected: mac.subarray(0, 16).toString('hex') }),
    /^Found: the expected signature is truncated: it is the first 16 of the 32 bytes/,
  );
});

test('message: the echo newline, with the byte-level difference', async () => {
  const text = await diagnoseCase({
    message: 'Hello, World!',
    key: "It's a Secret to Everybody",
    expected: hmac('sha256', "It's a Secret to Everybody", 'Hello, World!\n').toString('hex'),
  });
  assert.equal(
    text,
    'Found: the expected signature was computed over the message with a trailing newline (\\n). Your sender probably used `echo`; hash the exact bytes instead.',
  );
  const diff = await env.session.page.getByLabel('Byte-level difference').textContent();
  assert.match(diff, /First difference at byte 13/);
});

test('message: JSON re-serialised (Meta signs escaped unicode)', async () => {
  const text = await diagnoseCase({
    message: '{"text":"äöå"}',
    key: 'app_secret',
    expected: 'sha256=9d9c307fc216aea4c1f52ce87c47e7f0c570aa837887d3c8ddef2734a6dc7c3e',
  });
  assert.match(text, /^Found: the expected signature matches the same JSON minified \(no spaces\), non-ASCII escaped as \\uXXXX with lowercase hex/);
});

test('message: form body URL-decoded, and Latin-1 instead of UTF-8', async () => {
  assert.match(
    await diagnoseCase({ message: 'a=hello+world&b=%2Fx', key: 'k', expected: hmac('sha256', 'k', 'a=hello world&b=/x').toString('hex') }),
    /^Found: the expected signature matches the URL-decoded form body/,
  );
  assert.match(
    await diagnoseCase({ message: 'café', key: 'k', expected: hmac('sha256', 'k', Buffer.from('café', 'latin1')).toString('hex') }),
    /^Found: the expected signature matches the message encoded as Latin-1/,
  );
});

test('a combination: hex key used as text, echo newline and SHA-1', async () => {
  const keyHex = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  const text = await diagnoseCase({ message: 'payload', key: keyHex, expected: hmac('sha1', Buffer.from(keyHex, 'hex'), 'payload\n').toString('hex') });
  assert.match(text, /^Found: the key must be Hex-decoded/);
  assert.match(text, /Also, the expected signature was computed over the message with a trailing newline/);
  assert.match(text, /Also, the signature was made with HMAC-SHA1/);
});

test('a large body is searched in the background worker, and the newest input wins', async () => {
  const { page } = env.session;
  const body = makeBody(600 * 1024);
  const doc = JSON.parse(body);
  const fourSpaces = hmac('sha256', 'k', JSON.stringify(doc, null, 4)).toString('hex');
  const tabs = hmac('sha256', 'k', JSON.stringify(doc, null, '\t')).toString('hex');
  await page.getByLabel('Algorithm', { exact: true }).selectOption({ label: 'HMAC-SHA256' });
  await page.getByLabel('Expected signature', { exact: true }).fill('');
  await paste(page.getByLabel('Message', { exact: true }), body);
  await page.getByLabel('Secret key', { exact: true }).fill('k');
  // The first search is still running when the expected signature changes.
  await page.getByLabel('Expected signature', { exact: true }).fill(fourSpaces);
  await page.getByLabel('Expected signature', { exact: true }).fill(tabs);
  const text = await textUntil(page.locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 60000);
  assert.match(text, /^Found: the expected signature matches the same JSON pretty-printed with tabs/);
  assert.match(await page.locator('#diagnosis-time').textContent(), /^Search took \d+ ms in a background worker \(\d+ candidate signatures\)/);
  await page.getByLabel('Byte-level difference').waitFor();
  assert.match(await page.getByLabel('Byte-level difference').textContent(), /First difference at byte 1:/);
  await page.getByLabel('Message', { exact: true }).fill('');
});

test('a wrong secret is reported as not explained, with what to check next', async () => {
  const text = await diagnoseCase({ message: '{"event":"ping"}', key: 'wrong', expected: hmac('sha256', 'right', '{"event":"ping"}').toString('hex') });
  assert.match(text, /^No single or combined known mistake explains it \(\d+ candidate signatures tried/);
  assert.match(text, /Check next: that the secret is the right one/);
  assert.deepEqual(env.session.problems(), []);
});

test('a whole Stripe-Signature header pasted as the expected signature', async () => {
  const { page } = env.session;
  const body = '{"id":"evt_1","object":"event"}';
  const right = hmac('sha256', 'whsec_test', `1700000000.${body}`).toString('hex');
  const old = hmac('sha256', 'whsec_old', `1700000000.${body}`).toString('hex');
  const header = `Stripe-Signature: t=1700000000,v1=${old},v1=${right}`;
  // Only the body entered: the header's timestamp is found in front of it.
  const text = await diagnoseCase({ message: body, key: 'whsec_test', expected: header });
  assert.match(text, /^Found: the signature is over “1700000000\.” followed by the message/);
  // The string Stripe signs: Match, naming the second signature of the header.
  await page.getByLabel('Message', { exact: true }).fill(`1700000000.${body}`);
  assert.match(await textUntil(page.getByRole('status'), (t) => t.startsWith('Match')), /signature 2 of 2 \(v1= in a ','-separated key-value header\)/);
  // Its timestamp's age is said (the request is years old: Stripe would refuse it).
  assert.match(await page.locator('#expected-info').textContent(), /The header carries timestamp 1700000000 \(seconds\), signed \d+ years? (\d+ months? )?ago/);
});

test('a body Base64-encoded by a gateway, and one copied with HTML entities', async () => {
  const body = '{"event":"ping","note":"a & b"}';
  const expected = hmac('sha256', 'secret', body).toString('hex');
  assert.match(await diagnoseCase({ message: Buffer.from(body).toString('base64'), key: 'secret', expected }), /^Found: the signature matches the Base64-decoded body/);
  assert.match(await diagnoseCase({ message: body.replaceAll('&', '&amp;').replaceAll('"', '&quot;'), key: 'secret', expected }), /^Found: the signature matches the body with its HTML entities/);
});

test('a Stripe API key where the signing secret belongs is named, and not on a Match', async () => {
  const { page } = env.session;
  const body = '{"id":"evt_1"}';
  await diagnoseCase({ message: body, key: 'sk_test_51Habcdefghijkl', expected: hmac('sha256', 'whsec_right', body).toString('hex') });
  // The credential's shape is data in the provider's file, checked with the diagnosis.
  await textUntil(page.locator('#evidence'), (t) => t.includes('Key looks like a Stripe API key'), 10000);
  assert.ok(!(await page.locator('#evidence').textContent()).includes('sk_test_51Habcdefghijkl'));
  // Signed with that very key (a sender's mistake that verifies): no contradicting warning.
  await page.getByLabel('Expected signature', { exact: true }).fill(hmac('sha256', 'sk_test_51Habcdefghijkl', body).toString('hex'));
  await textUntil(page.getByRole('status'), (t) => t.startsWith('Match'));
  assert.equal(await page.getByText('Key looks like a Stripe API key').count(), 0);
});

test('Other secrets to try: the one that made the signature is named', async () => {
  const { page } = env.session;
  const body = '{"id":"evt_2"}';
  await page.getByLabel('Other secrets to try', { exact: true }).fill('whsec_old_endpoint\nwhsec_live_endpoint');
  const text = await diagnoseCase({ message: body, key: 'whsec_test_endpoint', expected: hmac('sha256', 'whsec_live_endpoint', body).toString('hex') });
  assert.match(text, /^Found: the signature was made with the secret on line 2 of Other secrets to try \(whsec_…\)/);
  await page.getByLabel('Other secrets to try', { exact: true }).fill('');
});
