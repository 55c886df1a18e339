// Verifies requests with the providers' own SDKs where they offer a verifier but no signer,
// for tests/programs.rs: reads a JSON list of {preset, secret, body, url, signature,
// timestamp} on stdin (the secret of a public-key preset is its public key)
// and writes, for each, whether the SDK accepts it (null where the preset has no SDK here).
import { WebhooksHelper } from 'square';
import twilio from 'twilio';
import { verifyKey } from 'discord-interactions';
import { EventWebhook } from '@sendgrid/eventwebhook';

const verifiers = {
  // Twilio's JSON bodies: the URL carries bodySHA256 and the signature covers the URL alone.
  'twilio-json': (r) => twilio.validateRequestWithBody(r.secret, r.signature, r.url, r.body),
  square: (r) => WebhooksHelper.verifySignature({ requestBody: r.body, signatureHeader: r.signature, signatureKey: r.secret, notificationUrl: r.url }),
  discord: (r) => verifyKey(r.body, r.signature, r.timestamp, r.secret),
  sendgrid: (r) => {
    const ew = new EventWebhook();
    return ew.verifySignature(ew.convertPublicKeyToECDSA(r.secret), r.body, r.signature, r.timestamp);
  },
};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const r of JSON.parse(input)) out.push(verifiers[r.preset] ? await verifiers[r.preset](r) : null);
process.stdout.write(JSON.stringify(out));
