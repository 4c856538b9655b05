/**
 * The one module each element folder writes about itself: `components/<name>/<name>.element.ts`.
 * `npm run generate` (run before build, test and Storybook) reads every folder's declaration and
 * writes `src/generated/`: the define entry, the public index, the loader's tag → chunk map, the
 * all-examples list, the strings type, the size groups, the facts the editor lint checks, the
 * loader build's chunks and one Storybook stories file per element. Build-time data only: nothing
 * in the shipped bundles imports a declaration (the lint imports the generated facts).
 */
import type { ExampleSet } from './examples.js';

/** A built-in content pack a registration module imports: `src/content/builtin-<pack>.ts`. */
export type ContentPack = 'myths' | 'tables' | 'competence';

export interface ElementDeclaration {
  /** The tag, `haven-<folder name>`; `<name>.ts` registers the class under it. */
  tag: `haven-${string}`;
  /** The class `<name>.component.ts` exports; the public index re-exports it. */
  className: `Haven${string}`;
  /** Types the component module re-exports for the public index (e.g. an input shape). */
  types?: string[];
  /** The Storybook title under "Elements/" and the docs name. */
  title: string;
  /** The element's named examples: one story per visible example, a test of every example. */
  examples: ExampleSet;
  /** The element's English UI strings (`<name>.strings.ts`); keys start with the camel name. */
  strings: Record<string, string | readonly string[] | { other: string }>;
  /** The built-in content packs `<name>.ts` imports (checked by the generator). */
  content?: ContentPack[];
  /**
   * Through the loader, the element's built-in texts come one id at a time, not as whole packs
   * (the loader build leaves `<name>.ts`'s pack imports out): `<name>.content.ts` exports
   * `load(elements, langOf)`, which loads the ones the elements show, before the element is defined.
   * `attributes` name the ids: the loader loads again when one changes. `page` is what the size
   * report counts for a page with one such element: the largest one-id text or every text.
   */
  contentById?: { attributes: readonly string[]; page: 'one id' | 'all' };
  /**
   * The element's light-DOM children are a fallback for pages without JavaScript, never shown
   * once it renders (a `<p>` with a practice's phone number). The server renderer renders such an
   * element over them; one with a JSON child is left as it is (the server cannot read the child).
   */
  fallbackChildren?: true;
  /**
   * The elements (folder names) it renders inside its own shadow root, e.g. `['myth-fact']`: their
   * words in a locale load with its own (the loader sees only the page's elements).
   */
  renders?: readonly string[];
  /** Attributes every story of the element adds (e.g. `preview` so a click stays in the docs). */
  storyAttrs?: Record<string, string | true>;
  /**
   * The size report's group (`npm run size`): elements that ship together share a group name;
   * one of them sets the group's brotli budget in bytes. `alone` measures a bundle of the group by
   * itself (Lit and the shared core included); otherwise what the group adds to everything else.
   * A budget above the element issue's own figure keeps that figure as `target` and says in
   * `raised` what feature pays for the difference (scripts/size-budgets.js holds the library-wide
   * budgets, with the same rule).
   */
  size: { group: string; budget?: number; target?: number; raised?: string; alone?: boolean };
  /** What the editor lint checks in the element's attributes; nothing more than the text rules when unset. */
  lint?: LintFacts;
}

/**
 * A check the editor lint (`haven-widgets/lint.js`) runs on an attribute's value:
 * `myth-ids` (built-in myth/fact ids, old ids of renamed items named as such), `topic` (one of
 * the built-in topics), `table` (a built-in table's name) and `table-rows` (row ids of the table
 * the element's `table` attribute names, `wellbeing` when unset).
 */
export type LintCheck = 'myth-ids' | 'topic' | 'table' | 'table-rows';

/** What the editor lint knows of the element's attributes (src/lint/rules.ts reads it generated). */
export interface LintFacts {
  /**
   * Attributes holding ids, numbers or keywords, not words for a visitor: the text rules (plain
   * language, person-first words) leave them alone. HTML's own (`class`, `id`, `lang`…) need no
   * listing.
   */
  keywords?: readonly string[];
  /** Attributes whose value the lint checks against the built-in content. */
  checks?: Readonly<Record<string, LintCheck>>;
  /**
   * An element the editor fills (the `slot` child, without the `without` attribute that names a
   * built-in text) must carry a `reviewed="YYYY-MM-DD"` date.
   */
  reviewed?: { without: string; slot: string };
}

/** Identity, for type checking a declaration. */
export function declareElement<const T extends ElementDeclaration>(declaration: T): T {
  return declaration;
}
