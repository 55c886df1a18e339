// Tokens for the JWS verification programs, made with Node's crypto, for tests/programs.rs:
// writes a JSON list of servers, each {preset, name, key (WEBHOOK_PUBLIC_KEY), cases: [{name,
// headers: [[name, value]], body, ok}]} — the key as a PEM, a JWK, a JWKS or Plaid's {"key": JWK}.
import crypto from 'node:crypto';

const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const HASH = { 256: 'sha256', 384: 'sha384', 512: 'sha512' };

function sign(alg, privateKey, header, claims) {
  const input = `${b64({ ...header, alg })}.${b64(claims)}`;
  let sig;
  if (alg.startsWith('RS')) sig = crypto.sign(HASH[alg.slice(2)], Buffer.from(input), privateKey);
  else if (alg.startsWith('PS')) {
    sig = crypto.sign(HASH[alg.slice(2)], Buffer.from(input), { key: privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
  } else if (alg.startsWith('ES')) sig = crypto.sign(HASH[alg.slice(2)], Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  else if (alg === 'EdDSA') sig = crypto.sign(null, Buffer.from(input), privateKey);
  else if (alg.startsWith('HS')) sig = crypto.createHmac(HASH[alg.slice(2)], privateKey).update(input).digest();
  else sig = Buffer.alloc(0);
  return `${input}.${sig.toString('base64url')}`;
}

const pair = (type, options) => crypto.generateKeyPairSync(type, options);
const pem = (k) => k.export({ type: 'spki', format: 'pem' });
const jwk = (k, kid) => ({ ...k.export({ format: 'jwk' }), kid, use: 'sig' });
const tamper = (token) => {
  const [h, p, s] = token.split('.');
  const claims = JSON.parse(Buffer.from(p, 'base64url'));
  return `${h}.${b64({ ...claims, sub: `${claims.sub}x` })}.${s}`;
};

const servers = [];
const body = '{"event":"order.paid","id":42}';
const claims = { sub: 'user-1', iat: now, exp: now + 600 };
const bearer = (t) => [['Authorization', `Bearer ${t}`]];

// The JWT preset: one server per key, each sent valid tokens and the usual attacks.
const rsa = pair('rsa', { modulusLength: 2048 });
const p256 = pair('ec', { namedCurve: 'P-256' });
const other256 = pair('ec', { namedCurve: 'P-256' });
const stranger = pair('ec', { namedCurve: 'P-256' });
const p384 = pair('ec', { namedCurve: 'P-384' });
const ed = pair('ed25519');
const keyed = [
  { name: 'RSA as a PEM', key: pem(rsa.publicKey), priv: rsa.privateKey, algs: ['RS256', 'PS256', 'RS512', 'PS384'], kid: undefined },
  { name: 'P-256 in a JWKS', key: JSON.stringify({ keys: [jwk(other256.publicKey, 'k0'), jwk(p256.publicKey, 'k1')] }), priv: p256.privateKey, algs: ['ES256'], kid: 'k1' },
  { name: 'P-384 as a JWK', key: JSON.stringify(jwk(p384.publicKey, 'k2')), priv: p384.privateKey, algs: ['ES384'], kid: 'k2' },
  { name: 'Ed25519 as a PEM', key: pem(ed.publicKey), priv: ed.privateKey, algs: ['EdDSA'], kid: undefined },
];
for (const k of keyed) {
  const header = k.kid ? { typ: 'JWT', kid: k.kid } : { typ: 'JWT' };
  const cases = k.algs.map((alg) => ({ name: `${alg} valid`, headers: bearer(sign(alg, k.priv, header, claims)), body, ok: true }));
  const good = sign(k.algs[0], k.priv, header, claims);
  cases.push(
    { name: 'payload changed', headers: bearer(tamper(good)), body, ok: false },
    { name: 'alg none', headers: bearer(sign('none', null, header, claims)), body, ok: false },
    { name: 'HS256 with the public key as the secret', headers: bearer(sign('HS256', k.key, header, claims)), body, ok: false },
    { name: 'expired', headers: bearer(sign(k.algs[0], k.priv, header, { ...claims, exp: now - 60 })), body, ok: false },
    { name: 'not yet valid', headers: bearer(sign(k.algs[0], k.priv, header, { ...claims, nbf: now + 600 })), body, ok: false },
    { name: 'signed by another key', headers: bearer(sign('ES256', stranger.privateKey, { typ: 'JWT' }, claims)), body, ok: false },
    { name: 'no Authorization header', headers: [], body, ok: false },
    { name: 'not a JWT', headers: bearer('not-a-token'), body, ok: false },
  );
  if (k.kid) cases.push({ name: 'an unknown kid', headers: bearer(sign(k.algs[0], k.priv, { typ: 'JWT', kid: 'nope' }, claims)), body, ok: false });
  if (k.algs[0] === 'ES256') {
    // A DER signature where JWS has raw r‖s.
    const input = `${b64({ typ: 'JWT', kid: k.kid, alg: 'ES256' })}.${b64(claims)}`;
    const der = crypto.sign('sha256', Buffer.from(input), k.priv).toString('base64url');
    cases.push({ name: 'an ES256 signature in DER', headers: bearer(`${input}.${der}`), body, ok: false });
  }
  servers.push({ preset: 'jwt-public-key', name: k.name, key: k.key, cases });
}

// Plaid: the key as /webhook_verification_key/get returns it; ES256 only; iat at most 5
// minutes old; request_body_sha256 binds the body.
const plaid = pair('ec', { namedCurve: 'P-256' });
const plaidKey = JSON.stringify({ key: { ...jwk(plaid.publicKey, 'plaid-kid'), alg: 'ES256', created_at: now - 86400, expired_at: null }, request_id: 'req' });
const plaidBody = '{\n  "environment": "sandbox",\n  "webhook_code": "DEFAULT_UPDATE",\n  "webhook_type": "TRANSACTIONS"\n}';
const sha = (s) => crypto.createHash('sha256').update(s).digest('hex');
const plaidToken = (over = {}, header = { kid: 'plaid-kid', typ: 'JWT' }, key = plaid.privateKey, alg = 'ES256') =>
  sign(alg, key, header, { iat: now, request_body_sha256: sha(plaidBody), ...over });
const verification = (t) => [['Plaid-Verification', t]];
servers.push({
  preset: 'plaid',
  name: 'Plaid key response',
  key: plaidKey,
  cases: [
    { name: 'valid', headers: verification(plaidToken()), body: plaidBody, ok: true },
    { name: 'body changed', headers: verification(plaidToken()), body: plaidBody.replace('sandbox', 'sandbax'), ok: false },
    { name: 'body re-serialized', headers: verification(plaidToken()), body: JSON.stringify(JSON.parse(plaidBody)), ok: false },
    { name: 'iat 10 minutes old', headers: verification(plaidToken({ iat: now - 600 })), body: plaidBody, ok: false },
    { name: 'no iat', headers: verification(plaidToken({ iat: undefined })), body: plaidBody, ok: false },
    { name: 'RS256', headers: verification(plaidToken({}, { kid: 'plaid-kid' }, rsa.privateKey, 'RS256')), body: plaidBody, ok: false },
    { name: 'another kid', headers: verification(plaidToken({}, { kid: 'other' })), body: plaidBody, ok: false },
    { name: 'alg none', headers: verification(plaidToken({}, { kid: 'plaid-kid' }, null, 'none')), body: plaidBody, ok: false },
    { name: 'no header', headers: [], body: plaidBody, ok: false },
  ],
});

process.stdout.write(JSON.stringify(servers));
