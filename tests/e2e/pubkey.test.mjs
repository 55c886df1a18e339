// Public-key presets end to end through their labels: Discord, SendGrid and Standard
// Webhooks v1a requests pasted into Raw HTTP request with the Public key filled → Match;
// one mistake per diagnosis group → Found with the right explanation; JWTs RS256, ES256 and
// EdDSA → Match, tampered → Mismatch. Signatures are made here by Node's crypto (the RFC
// 8032 TEST 1 key, the RFC 7515 keys) or are SendGrid's official vector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { paste, textUntil, withPage } from './harness.mjs';

const env = withPage();
const page = () => env.session.page;
const label = (name) => page().getByLabel(name, { exact: true });
const status = () => page().getByRole('status');
const verdict = (word) => textUntil(status(), (t) => t.startsWith(word), 10000);
const diagnosis = () => textUntil(page().locator('#diagnosis-text'), (t) => t.startsWith('Found:') || t.startsWith('No single'), 10000);

const ED_SEED = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const edKey = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), ED_SEED]), format: 'der', type: 'pkcs8' });
const ED_PUBLIC_HEX = crypto.createPublicKey(edKey).export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
const edSign = (msg) => crypto.sign(null, Buffer.from(msg), edKey);

/** Pastes the request (kept byte for byte, CRLF included) into Raw HTTP request. */
async function rawRequest(req) {
  await page().reload();
  await label('Provider').waitFor();
  await page().getByText('Paste a whole request instead').click();
  await paste(label('Raw HTTP request'), req);
}

test('Discord interaction: detected, verified with the hex public key, re-serialized body diagnosed', async () => {
  assert.equal(ED_PUBLIC_HEX, 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
  const body = '{"type":1,"id":"1","application_id":"2","token":"t","version":1}';
  const sig = edSign(`1700000000${body}`).toString('hex');
  const req = (b) => `POST /interactions HTTP/1.1\r\nX-Signature-Ed25519: ${sig}\r\nX-Signature-Timestamp: 1700000000\r\n\r\n${b}`;
  await rawRequest(req(body));
  await page().getByText('Detected Discord interactions (Ed25519) from its headers.').waitFor();
  await label('Public key').fill(ED_PUBLIC_HEX);
  assert.match(await verdict('Match'), /^Match — the signature verifies \(Ed25519\) with the public key read as hex of the raw key/);
  // The string-to-sign the worker built, and no HMAC warning about the (absent) secret.
  assert.equal(await label('String to sign').textContent(), `1700000000${body}`);
  assert.equal(await page().getByText('Key is empty.').count(), 0);
  // A program that reads the public key, and no signed curl command (that needs the private key).
  const code = await textUntil(label('Verification code'), (t) => t.includes('WEBHOOK_PUBLIC_KEY'), 10000);
  assert.match(code, /crypto\.verify\(null, message, KEY/);
  assert.equal(await label('Your endpoint URL').count(), 0);
  // Message side: the body pretty-printed by a framework before verifying.
  await label('Raw HTTP request').fill(req(JSON.stringify(JSON.parse(body), null, 2)));
  assert.match(await verdict('Mismatch'), /^Mismatch/);
  assert.match(await diagnosis(), /^Found: the expected signature matches the same JSON minified/);
  // Key shape: the bot token pasted where the public key belongs — named, never shown.
  const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
  await label('Public key').fill(token);
  const info = await textUntil(page().locator('#key-info'), (t) => t.includes('bot token'), 10000);
  assert.match(info, /Discord bot token, not the application's public key/);
  assert.equal(await status().textContent(), '');
  assert.doesNotMatch(await page().locator('main').innerText(), /abcdefghijklmnop/);
});

test('SendGrid Event Webhook: the official vector verifies; a raw r‖s signature is diagnosed', async () => {
  const key = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==';
  const sig = 'MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM=';
  const body = '[{"email":"hello@world.com","event":"dropped","reason":"Bounced Address","sg_event_id":"ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA","sg_message_id":"LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0","smtp-id":"<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>","timestamp":1600112492}]\r\n';
  // Node's crypto agrees with the vector.
  const pub = crypto.createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' });
  assert.ok(crypto.verify('sha256', Buffer.from(`1600112502${body}`), pub, Buffer.from(sig, 'base64')));
  const req = (s) => `POST /events HTTP/1.1\r\nX-Twilio-Email-Event-Webhook-Signature: ${s}\r\nX-Twilio-Email-Event-Webhook-Timestamp: 1600112502\r\n\r\n${body}`;
  await rawRequest(req(sig));
  await page().getByText('Detected SendGrid Event Webhook (ECDSA) from its headers.').waitFor();
  await label('Public key').fill(key);
  assert.match(await verdict('Match'), /^Match — the signature verifies \(ECDSA P-256 with SHA-256\)/);
  // Signature form: converted to raw r‖s (as WebCrypto or a JWS library would).
  const der = Buffer.from(sig, 'base64');
  const rLen = der[3];
  const r = der.subarray(4, 4 + rLen);
  const s = der.subarray(6 + rLen);
  const fixed = (n) => Buffer.concat([Buffer.alloc(32), n]).subarray(-32);
  const rawSig = Buffer.concat([fixed(r), fixed(s)]);
  // Node reads the same signature in JWS's raw form.
  assert.ok(crypto.verify('sha256', Buffer.from(`1600112502${body}`), { key: pub, dsaEncoding: 'ieee-p1363' }, rawSig));
  await paste(label('Raw HTTP request'), req(rawSig.toString('base64')));
  assert.match(await verdict('Mismatch'), /^Mismatch/);
  assert.match(await diagnosis(), /the ECDSA signature is in raw r‖s form, but this provider's is DER/);
});

test('Standard Webhooks v1a: detected beside v1, verified with whpk_; the body alone is diagnosed', async () => {
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const body = '{"test": 2432232314}';
  const v1a = edSign(`${id}.1614265330.${body}`).toString('base64');
  assert.equal(v1a, 'fldxM4gAKugP6nnt1hdz3sgGfZ6d99nzrMFnZOELIxbzEHoVmAb2ADpkJK7zgPePmPsle0zV9jSeGlHFG2NVAw==');
  const whpk = 'whpk_' + Buffer.from(ED_PUBLIC_HEX, 'hex').toString('base64');
  const req = (sig) => `POST /hook HTTP/1.1\nwebhook-id: ${id}\nwebhook-timestamp: 1614265330\nwebhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1a,${sig}\n\n${body}`;
  await rawRequest(req(v1a));
  await page().getByText('Detected Standard Webhooks v1a (Ed25519) from its headers.').waitFor();
  await label('Public key').fill(whpk);
  assert.match(await verdict('Match'), /^Match — the signature verifies \(Ed25519\) with the public key read as whpk_/);
  // String-to-sign: the sender signed the body alone.
  await label('Raw HTTP request').fill(req(edSign(body).toString('base64')));
  assert.match(await verdict('Mismatch'), /^Mismatch/);
  assert.match(await diagnosis(), /^Found: the signature matches the body alone/);
});

test('Telnyx: a hex signature where Base64 belongs is diagnosed', async () => {
  const body = '{"data":{"event_type":"call.initiated"}}';
  const sig = edSign(`1700000000|${body}`);
  await rawRequest(`POST /telnyx HTTP/1.1\ntelnyx-signature-ed25519: ${sig.toString('hex')}\ntelnyx-timestamp: 1700000000\n\n${body}`);
  await page().getByText('Detected Telnyx (Ed25519) from its headers.').waitFor();
  await label('Public key').fill(Buffer.from(ED_PUBLIC_HEX, 'hex').toString('base64'));
  assert.match(await verdict('Mismatch'), /^Mismatch/);
  assert.match(await diagnosis(), /the signature verifies when read as hex, but this provider writes it as Base64/);
});

test('JWT with a public key: RS256 (PEM), ES256 (JWK) and EdDSA (JWK) match; tampered tokens do not', async () => {
  const rs = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw';
  const rsPem = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAofgWCuLjybRlzo0tZWJj\nNiuSfb4p4fAkd/wWJcyQoTbji9k0l8W26mPddxHmfHQp+Vaw+4qPCJrcS2mJPMEz\nP1Pt0Bm4d4QlL+yRT+SFd2lZS+pCgNMsD1W/YpRPEwOWvG6b32690r2jZ47soMZo\n9wGzjb/7OMg0LOL+bSf63kpaSHSXndS5z5rexMdbBYUsLA9e+KXBdQOS+UTo7WTB\nEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6/I5IhlJH7aGhyxX\nFvUK+DWNmoudF8NAco9/h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXp\noQIDAQAB\n-----END PUBLIC KEY-----';
  const es = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q';
  const esJwk = '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}';
  const ed = 'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg';
  const edJwk = '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}';
  // Node's crypto agrees with each (ES256 in JWS's raw r‖s form).
  const [h, p, s] = rs.split('.');
  assert.ok(crypto.verify('sha256', Buffer.from(`${h}.${p}`), rsPem, Buffer.from(s, 'base64url')));
  await page().reload();
  await label('Provider').selectOption({ label: 'JWT RS/PS/ES/EdDSA (public key)' });
  // A program that reads the token from Authorization: Bearer and the key from WEBHOOK_PUBLIC_KEY.
  const code = await textUntil(label('Verification code'), (t) => t.includes('WEBHOOK_PUBLIC_KEY'), 10000);
  assert.match(code, /Authorization/);
  for (const [token, key, alg] of [[rs, rsPem, 'RSA PKCS#1 v1.5 with SHA-256'], [es, esJwk, 'ECDSA P-256 with SHA-256'], [ed, edJwk, 'Ed25519']]) {
    await label('Public key').fill(key);
    await label('JWT').fill(token);
    const text = await textUntil(status(), (t) => t.includes(`(${alg})`), 10000);
    assert.match(text, /^Match — the signature verifies/);
    assert.ok(text.includes(`(${alg})`), text);
    const i = token.lastIndexOf('.') + 10;
    const tampered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
    await label('JWT').fill(tampered);
    assert.match(await verdict('Mismatch'), /^Mismatch/);
  }
});

test("Discord's endpoint check: a PING signed badly on purpose is named, with the answer it wants; the Error message is read", async () => {
  const body = '{"type":1,"id":"1","application_id":"2","token":"t","version":1}';
  // Discord signs the same PING with a wrong signature when the endpoint URL is saved.
  const bad = edSign(`1700000001${body}`).toString('hex');
  await rawRequest(`POST /interactions HTTP/1.1\r\nX-Signature-Ed25519: ${bad}\r\nX-Signature-Timestamp: 1700000000\r\n\r\n${body}`);
  await label('Public key').fill(ED_PUBLIC_HEX);
  assert.match(await verdict('Mismatch'), /^Mismatch/);
  const notes = page().getByLabel('Verification notes');
  assert.match(await textUntil(notes, (t) => t.includes("Discord's PING"), 10000), /answer the badly signed one with 401/);
  await label('Error message').fill('Error: [discord-interactions] Invalid signature');
  assert.match(await textUntil(notes, (t) => t.includes('Recognised'), 10000), /Confirmed here: the signature does not match/);
  // No "Signature your code computed" where the signature is made with a private key.
  assert.equal(await label('Signature your code computed').count(), 0);
});
