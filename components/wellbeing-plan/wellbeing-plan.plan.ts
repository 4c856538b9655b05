import type { PlanConfig } from './wellbeing-plan.config.js';
import type { wellbeingPlanStrings } from './wellbeing-plan.strings.js';

/** What the visitor chose and wrote, read from the form when the plan is shown. */
export interface Plan {
  values: string[];
  goals: Array<{ label: string; items: string[] }>;
  review: string[];
}

/**
 * The visitor's choices and words from `form`: ticked boxes (`v`, `g<area>`, `r`, whose values
 * index `config`'s lists) and own words (`o<step>`, `a<area>`). Step 2's own field is a goal
 * under `other`.
 */
export function readPlan(form: HTMLFormElement, config: PlanConfig, other: string): Plan {
  const data = new FormData(form);
  const own = (name: string) => String(data.get(name) ?? '').trim();
  const list = (name: string, items: string[], ownName: string) =>
    [...data.getAll(name).map((i) => items[Number(i)] ?? ''), own(ownName)].filter(Boolean);
  const goals = config.areas
    .map((a, i) => ({ label: a.label, items: list(`g${i}`, a.suggestions, `a${i}`) }))
    .filter((g) => g.items.length);
  if (own('o1')) goals.push({ label: other, items: [own('o1')] });
  return {
    values: list('v', config.values, 'o0'),
    goals,
    review: list('r', config.review, 'o2'),
  };
}

/** The plan as plain text under `heading`, for the clipboard. */
export function planText(plan: Plan, heading: string, s: typeof wellbeingPlanStrings): string {
  const list = (items: string[]) =>
    items.length ? items.map((t) => `- ${t}`).join('\n') : s.nothing;
  const goals = plan.goals.length
    ? plan.goals.map((g) => `${g.label}\n${list(g.items)}`).join('\n\n')
    : s.nothing;
  return [
    heading,
    `${s.valuesDone}\n${list(plan.values)}`,
    `${s.goalsDone}\n\n${goals}`,
    `${s.reviewDone}\n${list(plan.review)}`,
  ].join('\n\n');
}
