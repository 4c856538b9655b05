// The size gate's rule (scripts/size-judge.js) and the budgets it is applied to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { judge } from '../../scripts/size-judge.js';
import { BUDGETS } from '../../scripts/size-budgets.js';

const KB = 1024;

test('a figure over its budget fails; at or under it passes', () => {
  assert.equal(judge('a', 11 * KB + 1, 11 * KB).ok, false);
  assert.equal(judge('a', 11 * KB, 11 * KB).ok, true);
  assert.equal(
    judge('a', 12 * KB, { budget: 13 * KB, target: 11 * KB, raised: 'x pays' }).ok,
    true,
  );
  assert.equal(
    judge('a', 14 * KB, { budget: 13 * KB, target: 11 * KB, raised: 'x pays' }).ok,
    false,
  );
});

test('a budget above its target needs a sentence; a sentence needs a budget above a target', () => {
  assert.match(
    judge('page', 1, { budget: 13 * KB, target: 11 * KB }).problem,
    /^page: its budget is above its target .* no `raised` sentence/,
  );
  assert.match(
    judge('page', 1, { budget: 13 * KB, target: 11 * KB, raised: '  ' }).problem,
    /no `raised`/,
  );
  assert.match(
    judge('page', 1, { budget: 13 * KB, raised: 'the panel' }).problem,
    /not above a `target`/,
  );
  assert.match(
    judge('page', 1, { budget: 11 * KB, target: 11 * KB, raised: 'the panel' }).problem,
    /not above a `target`/,
  );
  assert.equal(
    judge('page', 1, { budget: 13 * KB, target: 11 * KB, raised: 'the panel' }).problem,
    undefined,
  );
  assert.equal(judge('page', 1, 11 * KB).problem, undefined);
});

/** Every budget entry in the budgets file, with where it is. */
function entries(node, path = []) {
  if (typeof node !== 'object' || node === null) return [];
  if ('budget' in node) {
    const own = [[path.join('.'), node]];
    return [
      ...own,
      ...Object.entries(node.except ?? {}).flatMap(([k, v]) => entries(v, [...path, k])),
    ];
  }
  return Object.entries(node).flatMap(([k, v]) => entries(v, [...path, k]));
}

test('every budget in scripts/size-budgets.js and every element group keeps the rule', () => {
  const all = entries(BUDGETS);
  assert.ok(all.length >= 10, `found only ${all.length} budgets`);
  const groups = JSON.parse(
    readFileSync(new URL('../../src/generated/elements.json', import.meta.url), 'utf8'),
  ).sizeGroups;
  for (const g of groups)
    all.push([g.name, { budget: g.budget, target: g.target, raised: g.raised }]);
  for (const [where, entry] of all) {
    assert.equal(judge(where, 0, entry).problem, undefined, where);
    if (entry.raised) assert.ok(entry.raised.length > 40, `${where}: say what pays for it`);
  }
});
