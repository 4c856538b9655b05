import { isServer, type ReactiveControllerHost } from 'lit';
import { isRecord } from '../content/schema.js';
import { slotController } from './slot-controller.js';
import type { Problems } from './warn.js';

/**
 * The input kit: how an element reads what a page gives it besides plain text attributes. A
 * JSON child (`JsonChild`), attributes that take a few declared values (`AttributeCheck`), and
 * the problems collector they report to (`Problems`, in warn.ts). Not public API.
 */

/** Where a CMS editor pastes data: a JSON data block, the element's own child. */
export const JSON_CHILD = ':scope > script[type="application/json"]';

/**
 * Reads an element's `<script type="application/json">` child: finds it, parses it and says
 * what is wrong with it (where, and how to fix it). With `watch`, its slot controller renders the
 * host again when a CMS adds the child or changes its text after the element upgraded (a
 * slotchange that only reports the same text again is skipped).
 */
export class JsonChild {
  /** The child's text at the last `read`: null when there was none. */
  text: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    watch = true,
  ) {
    if (watch) slotController(host, () => this.current() !== this.text);
  }

  /** The child's text now: null when there is none, or on a server, which has no light DOM. */
  current(): string | null {
    return isServer ? null : (this.host.querySelector(JSON_CHILD)?.textContent ?? null);
  }

  /**
   * Reads the child. Undefined when there is none, or when it is not JSON. With `keys` it must be
   * an object (else undefined), and with `strict` any other key is named; what is wrong goes to
   * `problems`, saying how to fix it.
   */
  read(problems: Problems): unknown;
  read(problems: Problems, keys: readonly string[], strict?: boolean): Record<string, unknown>;
  read(problems: Problems, keys?: readonly string[], strict?: boolean): unknown {
    const text = (this.text = this.current());
    if (text === null) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      problems.add(
        `the JSON child is not valid JSON (${(err as Error).message}): check its quotes, commas and brackets;`,
      );
      return undefined;
    }
    if (!keys) return data;
    if (!isRecord(data)) {
      problems.add(`the JSON child is not an object: write {"${keys[0]}": …};`);
      return undefined;
    }
    const unknown = Object.keys(data).filter((k) => !keys.includes(k));
    if (strict && unknown.length)
      problems.add(`unknown key(s) ${unknown.join(', ')}; use ${keys.join(', ')};`);
    return data;
  }
}

/** An attribute declared once: its name, what it takes (as the console says it) and how to read it. */
export interface AttributeCheck<T> {
  attribute: string;
  /** What it takes, for the console: `2-6 or auto`. */
  takes: string;
  /** The value to use for `value`, and whether `value` is one the attribute takes. */
  read(value: unknown, host?: Element): { value: T; valid: boolean };
}

/**
 * The value to use for `value` under `check` (`instead`, when the caller knows what an invalid or
 * default value stands for there); when the attribute does not take `value`, `problems` says so,
 * what it takes, and what is used instead.
 */
export function checked<T>(
  check: AttributeCheck<T>,
  value: unknown,
  problems: Problems,
  host?: Element,
  instead?: T,
): T {
  const r = check.read(value, host);
  const use = instead ?? r.value;
  if (!r.valid) problems.add(`${check.attribute}="${value}" is not ${check.takes}; using ${use}.`);
  return use;
}

/**
 * An attribute that takes one of a few words. The first is its default: used when it is unset
 * or empty (silently) and for any other word (with a problem).
 */
export function oneOf<T extends string>(
  attribute: string,
  values: readonly T[],
): AttributeCheck<T> {
  return {
    attribute,
    takes: values.join(', ').replace(/, ([^,]*)$/, ' or $1'),
    read(value) {
      const v = String(value ?? '') as T;
      const valid = !v || values.includes(v);
      return { value: valid && v ? v : values[0]!, valid };
    },
  };
}
