// Public-key verification timings, through the page's labelled fields: for each scheme, the
// first verdict after the preset is chosen (the worker starts and loads its wasm), then the
// median of 7 verdicts of a valid signature (Match) and of a changed one (Mismatch, with the
// diagnosis the worker runs). Used by run.mjs; run alone (`node tests/bench/pubkey.mjs`, after
// `trunk build --release`) it also measures the page's size and first render, and with
// BENCH_BEFORE=<another dist/> those of that build, for a before/after table.
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, paste, dist } from '../e2e/harness.mjs';
import { firstRender, median, pageSize, sizeRow } from './size.mjs';

const ED_SEED = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const edKey = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), ED_SEED]), format: 'der', type: 'pkcs8' });
const ED_HEX = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const ED_B64 = Buffer.from(ED_HEX, 'hex').toString('base64');
const BODY = JSON.stringify({ type: 1, id: '1', application_id: '2', token: 't', data: { text: 'x'.repeat(900) } });
const ed = (m) => crypto.sign(null, Buffer.from(m), edKey);
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const b64u = (b) => Buffer.from(b).toString('base64url');
function jws(alg, key, opts = {}) {
  const input = `${b64u(JSON.stringify({ alg, typ: 'JWT' }))}.${b64u(JSON.stringify({ sub: 'bench', iat: 1700000000 }))}`;
  return `${input}.${b64u(crypto.sign(alg === 'EdDSA' ? null : 'sha256', Buffer.from(input), { key, ...opts }))}`;
}
const pem = (k) => k.export({ format: 'pem', type: 'spki' });

/** Each scheme: how to fill it in, the signature field, a valid and a changed signature. */
const SCHEMES = [
  {
    name: 'Discord (Ed25519)',
    request: `POST /i HTTP/1.1\nX-Signature-Ed25519: ${ed(`1700000000${BODY}`).toString('hex')}\nX-Signature-Timestamp: 1700000000\n\n${BODY}`,
    key: ED_HEX,
    field: '#preset-signature',
    valid: ed(`1700000000${BODY}`).toString('hex'),
  },
  {
    name: 'SendGrid (ECDSA P-256, DER)',
    request: `POST /e HTTP/1.1\nX-Twilio-Email-Event-Webhook-Signature: ${crypto.sign('sha256', Buffer.from(`1600112502${BODY}`), ec.privateKey).toString('base64')}\nX-Twilio-Email-Event-Webhook-Timestamp: 1600112502\n\n${BODY}`,
    key: ec.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    field: '#preset-signature',
    valid: crypto.sign('sha256', Buffer.from(`1600112502${BODY}`), ec.privateKey).toString('base64'),
  },
  {
    name: 'Standard Webhooks v1a (Ed25519)',
    request: `POST /h HTTP/1.1\nwebhook-id: msg_1\nwebhook-timestamp: 1700000000\nwebhook-signature: v1a,${ed(`msg_1.1700000000.${BODY}`).toString('base64')}\n\n${BODY}`,
    key: `whpk_${ED_B64}`,
    field: '#preset-signature',
    valid: `v1a,${ed(`msg_1.1700000000.${BODY}`).toString('base64')}`,
  },
  {
    name: 'Telnyx (Ed25519)',
    request: `POST /t HTTP/1.1\ntelnyx-signature-ed25519: ${ed(`1700000000|${BODY}`).toString('base64')}\ntelnyx-timestamp: 1700000000\n\n${BODY}`,
    key: ED_B64,
    field: '#preset-signature',
    valid: ed(`1700000000|${BODY}`).toString('base64'),
  },
  ...[
    ['JWT RS256 (RSA 2048)', 'RS256', rsa.privateKey, {}, pem(rsa.publicKey)],
    ['JWT PS256 (RSA 2048)', 'PS256', rsa.privateKey, { padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pem(rsa.publicKey)],
    ['JWT ES256', 'ES256', ec.privateKey, { dsaEncoding: 'ieee-p1363' }, pem(ec.publicKey)],
    ['JWT EdDSA', 'EdDSA', edKey, {}, `{"kty":"OKP","crv":"Ed25519","x":"${Buffer.from(ED_HEX, 'hex').toString('base64url')}"}`],
  ].map(([name, alg, key, opts, pub]) => ({ name, provider: 'JWT RS/PS/ES/EdDSA (public key)', key: pub, field: '#preset-signature', valid: jws(alg, key, opts) })),
];

/** Sets the field's value as typing would and resolves with the ms until the verdict starts with `want`. */
async function timeVerdict(page, field, value, want) {
  return page.evaluate(
    async ({ field, value, want }) => {
      const el = document.querySelector(field);
      const verdict = document.getElementById('verdict');
      const t = performance.now();
      el.value = value;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      for (;;) {
        const now = document.getElementById('verdict')?.textContent || '';
        if (now.startsWith(want) && verdict.isConnected) break;
        if (performance.now() - t > 20000) throw new Error(`no ${want} after 20 s: “${now}”`);
        await new Promise((r) => setTimeout(r, 1));
      }
      return performance.now() - t;
    },
    { field, value, want },
  );
}

/** One row per scheme (see the top of this file). */
export async function benchPublicKey(page) {
  const rows = [];
  for (const s of SCHEMES) {
    await page.reload();
    await page.getByLabel('Provider', { exact: true }).waitFor();
    if (s.request) {
      await page.getByText('Paste a whole request instead').click();
      await paste(page.getByLabel('Raw HTTP request', { exact: true }), s.request);
    } else {
      await page.getByLabel('Provider', { exact: true }).selectOption({ label: s.provider });
    }
    await page.getByLabel('Public key', { exact: true }).fill(s.key);
    // One character of the signature itself changed (for a JWT, in its signature part).
    const i = s.valid.lastIndexOf('.') + 10;
    const changed = s.valid.slice(0, i) + (s.valid[i] === 'A' ? 'B' : 'A') + s.valid.slice(i + 1);
    // The first verdict: the worker starts with the preset (already under way here), so
    // this is the first verification a user waits for after entering the key.
    const first = await timeVerdict(page, s.field, s.valid, 'Match');
    const match = [];
    const mismatch = [];
    for (let i = 0; i < 7; i++) {
      mismatch.push(await timeVerdict(page, s.field, changed, 'Mismatch'));
      match.push(await timeVerdict(page, s.field, s.valid, 'Match'));
    }
    rows.push({
      scheme: s.name,
      'first verdict (ms)': first.toFixed(0),
      'Match, median of 7 (ms)': median(match).toFixed(1),
      'Mismatch + diagnosis, median of 7 (ms)': median(mismatch).toFixed(1),
    });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await launch();
  const builds = [['this build', dist]];
  if (process.env.BENCH_BEFORE) builds.unshift([process.env.BENCH_BEFORE_NAME || 'before', process.env.BENCH_BEFORE]);
  const sizes = [];
  for (const [name, dir] of builds) {
    const site = await serve(dir);
    sizes.push({ build: name, ...sizeRow(pageSize(dir), await firstRender(browser, site.url)), 'worker gzip (KB)': (pageSize(dir).worker / 1000).toFixed(1) });
    await site.close();
  }
  console.log(JSON.stringify(sizes, null, 1));
  const site = await serve(dist);
  const { page } = await openPage(browser, site);
  console.log(JSON.stringify(await benchPublicKey(page), null, 1));
  await browser.close();
  await site.close();
}
