// Hygraph's signatures as its own SDK (@hygraph/utils) makes and checks them, for
// tests/programs.rs: reads {secret, env, bodies, example: {body, signature}} on stdin, writes
// {signed: [gcms-signature per body], example: whether the SDK accepts the page's example}.
import utils from '@hygraph/utils';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const r = JSON.parse(input);
const signed = r.bodies.map((rawPayload) =>
  utils.generateWebhookSignature({ rawPayload, secret: r.secret, environmentName: r.env }));
const example = utils.verifyWebhookSignature({ rawPayload: r.example.body, signature: r.example.signature, secret: r.secret });
process.stdout.write(JSON.stringify({ signed, example }));
