// Plivo's own V3 validator (plivo-node's validateV3Signature) for tests/programs.rs: reads a
// JSON list of {method, url, nonce, token, signature, params} on stdin (params: the form
// parameters, decoded, a list for a repeated name) and writes the list of its verdicts.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { validateV3Signature } = require('plivo/dist/utils/v3Security.js');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = JSON.parse(input).map((r) => validateV3Signature(r.method, r.url, r.nonce, r.token, r.signature, r.params));
process.stdout.write(JSON.stringify(out));
