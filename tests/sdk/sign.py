"""Signs requests with the providers' own Python SDKs, for tests/programs.rs: reads a JSON list
of {preset, secret, body, url, timestamp, id} on stdin and writes the signature header value each SDK
makes (null where the preset has no SDK here) as a JSON list on stdout."""
import json
import sys

from slack_sdk.signature import SignatureVerifier

SIGNERS = {
    'slack': lambda r: SignatureVerifier(r['secret']).generate_signature(timestamp=r['timestamp'], body=r['body']),
}

requests = json.load(sys.stdin)
json.dump([SIGNERS[r['preset']](r) if r['preset'] in SIGNERS else None for r in requests], sys.stdout)
