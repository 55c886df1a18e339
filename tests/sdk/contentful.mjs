// Contentful's own toolkit (@contentful/node-apps-toolkit) for tests/programs.rs: reads
// {secret, sign: [{method, path, headers, body, timestamp}], verify: [{method, path, headers,
// body}]} on stdin and writes {signed: [the headers signRequest adds], verified: [true, false
// or the exception's message]} (verifyRequest without its 30 s limit: the test's requests are
// signed with fixed timestamps).
import { signRequest, verifyRequest } from '@contentful/node-apps-toolkit';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { secret, sign, verify } = JSON.parse(input);
const signed = sign.map((r) => signRequest(secret, { method: r.method, path: r.path, headers: r.headers, body: r.body }, r.timestamp));
const verified = verify.map((r) => {
  try {
    return verifyRequest(secret, { method: r.method, path: r.path, headers: r.headers, body: r.body }, 0);
  } catch (e) {
    return e.message;
  }
});
process.stdout.write(JSON.stringify({ signed, verified }));
