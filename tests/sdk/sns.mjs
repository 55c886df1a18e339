// AWS's own SNS message validator (sns-validator, aws/aws-js-sns-message-validator) on messages
// for tests/pubkey.rs and tests/programs.rs: reads {certificate, messages: [text]} on stdin and
// writes a JSON list of true / the validator's error message. The certificate it would fetch
// from each message's SigningCertURL is served from here (no network).
import https from 'node:https';
import { EventEmitter } from 'node:events';
import MessageValidator from 'sns-validator';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { certificate, messages } = JSON.parse(input);

https.get = (url, onResponse) => {
  const res = new EventEmitter();
  res.statusCode = 200;
  setImmediate(() => {
    onResponse(res);
    res.emit('data', Buffer.from(certificate));
    res.emit('end');
  });
  return new EventEmitter();
};

const validator = new MessageValidator();
const out = [];
for (const m of messages) {
  out.push(await new Promise((resolve) => validator.validate(m, (err) => resolve(err ? err.message : true))));
}
process.stdout.write(JSON.stringify(out));
