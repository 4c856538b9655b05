// How one figure stands against its budget entry: the rule scripts/size.js applies to every
// figure, in a module of its own so tests/node/size.test.js can hold it to the rule.

/**
 * `entry` is a budget in bytes, or `{ budget, target?, raised? }`. A budget above the issue's
 * figure keeps it as `target` and must say in `raised` what feature pays for the difference; a
 * `raised` sentence with no budget above a target is a mistake too. `problem` names the mistake.
 */
export function judge(what, bytes, entry) {
  const { budget, target = budget, raised } = typeof entry === 'number' ? { budget: entry } : entry;
  let problem;
  if (budget > target && !raised?.trim())
    problem = `${what}: its budget is above its target of ${target} bytes with no \`raised\` sentence saying what pays for it`;
  else if (raised && !(budget > target))
    problem = `${what}: \`raised\` is set but the budget is not above a \`target\` (give the issue's figure as \`target\`)`;
  return { what, bytes, budget, target, raised, ok: bytes <= budget, problem };
}
