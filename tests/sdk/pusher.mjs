// Pusher's own SDK (`pusher`) answers auth requests, for tests/programs.rs: reads
// {key, secret, requests: [{op: "channel", socket_id, channel, data?} | {op: "user", socket_id, user}]}
// on stdin and writes the SDK's JSON answers as a list on stdout.
import Pusher from 'pusher';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { key, secret, requests } = JSON.parse(input);
const pusher = new Pusher({ appId: '1', key, secret, cluster: 'mt1' });
const out = requests.map((r) =>
  r.op === 'channel' ? pusher.authorizeChannel(r.socket_id, r.channel, r.data) : pusher.authenticateUser(r.socket_id, r.user),
);
process.stdout.write(JSON.stringify(out));
