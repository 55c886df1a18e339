// The Provider picker and the examples, end to end through the labels: the filter narrows
// the list by name or header and Enter chooses the first match; the list is grouped; "Load
// example" gives a Match for every preset that has one (its source named) and "Load example
// with a mistake" a Mismatch whose mistake is named; what was typed is replaced only once
// confirmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textUntil, withPage } from './harness.mjs';

const env = withPage();
const page = () => env.session.page;
const label = (name) => page().getByLabel(name, { exact: true });
const status = () => page().getByRole('status');

async function reset() {
  await page().reload();
  await label('Provider').waitFor();
}

test('the filter narrows the Provider list by name and header, grouped by kind; Enter chooses the first', async () => {
  await reset();
  const all = await label('Provider').locator('option').count();
  assert.ok(all >= 77, `${all} options (Custom and 76 providers)`);
  assert.ok((await label('Provider').locator('optgroup').count()) >= 7);
  await label('Filter providers').fill('x-hub');
  await textUntil(page().locator('#provider-count'), (t) => /match/.test(t));
  const names = await label('Provider').locator('option').allTextContents();
  assert.ok(names.includes('GitHub webhook') && names.includes('Bitbucket Cloud webhook'), names.join(', '));
  assert.ok(!names.includes('Stripe webhook'));
  await label('Filter providers').fill('twitch');
  await label('Filter providers').press('Enter');
  await textUntil(page().locator('body'), () => true);
  assert.equal(await label('Provider').inputValue(), 'twitch');
  assert.deepEqual(env.session.problems(), []);
});

test('Load example: a Match for every preset with one, and its mistake found', async () => {
  await reset();
  const ids = (await label('Provider').locator('option').evaluateAll((os) => os.map((o) => o.value))).filter((v) => v !== 'custom');
  const missing = [];
  const unnamed = [];
  for (const id of ids) {
    await label('Provider').selectOption(id);
    for (const mistake of [false, true]) {
      const before = (await page().locator('#example-note').count()) ? await page().locator('#example-note').textContent() : '';
      await page().getByRole('button', { name: mistake ? 'Load example with a mistake' : 'Load example', exact: true }).click();
      const replace = page().getByRole('button', { name: 'Replace', exact: true });
      if (await replace.isVisible()) await replace.click();
      const note = await textUntil(page().locator('#example-note'), (t) => t !== before && /Loaded|No /.test(t), 10000);
      if (/^No example/.test(note)) {
        missing.push(id);
        break;
      }
      if (/^No mistake example/.test(note)) break;
      assert.match(note, /Source: .+/, id);
      const want = mistake ? 'Mismatch' : 'Match';
      const verdict = await textUntil(status(), (t) => t.startsWith(want), 10000).catch(() => '');
      assert.ok(verdict.startsWith(want), `${id}${mistake ? ' (mistake)' : ''}: ${await status().textContent()}`);
      // The mistake is named: by the diagnosis, or by the preset's own check (HubSpot v1/v2,
      // a scheme of its own; Plaid, whose token binds the body's SHA-256).
      if (mistake && id === 'plaid') {
        const all = await page().locator('main').textContent();
        if (!/request_body_sha256 is .*, but the body's SHA-256 is/.test(all)) unnamed.push('plaid: the body hash is not named');
      } else if (mistake && id !== 'hubspot-legacy') {
        const found = await textUntil(page().locator('#diagnosis-text'), (t) => t.startsWith('Found'), 15000).catch(() => '');
        if (!found.startsWith('Found')) unnamed.push(`${id}: ${found}`);
      }
    }
  }
  assert.deepEqual(missing, []);
  assert.deepEqual(unnamed, []);
  assert.deepEqual(env.session.problems(), []);
});

test('Load example never replaces what was typed without asking; Custom loads RFC 4231 case 2', async () => {
  await reset();
  await label('Message').fill('my own message');
  await page().getByRole('button', { name: 'Load example', exact: true }).click();
  await page().getByRole('button', { name: 'Keep mine', exact: true }).click();
  assert.equal(await label('Message').inputValue(), 'my own message');
  await page().getByRole('button', { name: 'Load example', exact: true }).click();
  await page().getByRole('button', { name: 'Replace', exact: true }).click();
  assert.equal(await label('Message').inputValue(), 'what do ya want for nothing?');
  assert.match(await textUntil(status(), (t) => t.startsWith('Match')), /^Match — HMAC-SHA256/);
  await page().getByRole('button', { name: 'Load example with a mistake', exact: true }).click();
  await page().getByRole('button', { name: 'Replace', exact: true }).click();
  assert.match(await textUntil(status(), (t) => t.startsWith('Mismatch')), /^Mismatch/);
  assert.match(await textUntil(page().locator('#diagnosis-text'), (t) => t.startsWith('Found'), 10000), /^Found: the key must be Hex-decoded/);
  assert.deepEqual(env.session.problems(), []);
});
