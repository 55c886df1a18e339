// Signs requests with the providers' own SDKs, for tests/programs.rs: reads a JSON list of
// {preset, secret, body, url, timestamp, id} on stdin and writes the signature header value each
// SDK makes (null where the preset has no SDK here) as a JSON list on stdout.
import Stripe from 'stripe';
import { sign as githubSign } from '@octokit/webhooks-methods';
import { Webhook } from 'standardwebhooks';
import twilio from 'twilio';
import { Signature as HubSpot } from '@hubspot/api-client/lib/src/utils/signature.js';

const stripe = new Stripe('sk_test_unused');
const signers = {
  stripe: (r) => stripe.webhooks.generateTestHeaderString({ payload: r.body, secret: r.secret, timestamp: Number(r.timestamp) }),
  github: (r) => githubSign(r.secret, r.body),
  // HubSpot's v3 timestamp is in milliseconds.
  hubspot: (r) => HubSpot.getSignature('POST', 'v3', { clientSecret: r.secret, url: r.url, requestBody: r.body, timestamp: Number(r.timestamp) * 1000 }),
  // Twilio's SDK takes the form parameters as an object (the body here repeats no name).
  twilio: (r) => twilio.getExpectedTwilioSignature(r.secret, r.url, Object.fromEntries(new URLSearchParams(r.body))),
  'standard-webhooks': (r) => new Webhook(r.secret.replace(/^whsec_/, '')).sign(r.id, new Date(Number(r.timestamp) * 1000), r.body),
};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const r of JSON.parse(input)) out.push(signers[r.preset] ? await signers[r.preset](r) : null);
process.stdout.write(JSON.stringify(out));
