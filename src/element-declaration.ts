/**
 * The one module each element folder writes about itself: `components/<name>/<name>.element.ts`.
 * `npm run generate` (run before build, test and Storybook) reads every folder's declaration and
 * writes `src/generated/`: the define entry, the public index, the loader's tag → chunk map, the
 * all-examples list, the strings type, the size groups and one Storybook stories file per element.
 * Build-time data only: nothing in the shipped bundles imports a declaration.
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
  /** Attributes every story of the element adds (e.g. `preview` so a click stays in the docs). */
  storyAttrs?: Record<string, string | true>;
  /**
   * The size report's group (`npm run size`): elements that ship together share a group name;
   * one of them sets the group's brotli budget in bytes. `alone` measures a bundle of the group by
   * itself (Lit and the shared core included); otherwise what the group adds to everything else.
   * `raised` is the sentence a raised budget needs: what feature pays for it (scripts/size-budgets.js
   * holds the library-wide budgets).
   */
  size: { group: string; budget?: number; raised?: string; alone?: boolean };
}

/** Identity, for type checking a declaration. */
export function declareElement<const T extends ElementDeclaration>(declaration: T): T {
  return declaration;
}
