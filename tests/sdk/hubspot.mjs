// HubSpot's v1 and v2 signatures as its own SDK (@hubspot/api-client) makes them, for
// tests/programs.rs: reads {secret, body, url} on stdin, writes {v1, v2} (v2 for a POST).
import { Signature } from '@hubspot/api-client/lib/src/utils/signature.js';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const r = JSON.parse(input);
const options = { clientSecret: r.secret, requestBody: r.body, url: r.url };
process.stdout.write(JSON.stringify({ v1: Signature.getSignature('POST', 'v1', options), v2: Signature.getSignature('POST', 'v2', options) }));
