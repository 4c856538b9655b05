// The trust suite's in-page harness: shared by the harness modules: the example sets, the stage, small formatting helpers..
import type { Example, ExampleSet } from '../../../src/examples.js';
import { allExamples } from '../../../src/generated/all-examples.js';
import { payloads } from '../payloads.js';

export interface PropDecl {
  attribute?: string | boolean;
  type?: unknown;
  state?: boolean;
}
export type LitClass = CustomElementConstructor & {
  observedAttributes?: string[];
  elementProperties?: Map<PropertyKey, PropDecl>;
};

/** Names of fields that take an address. */
export const URL_NAME = /href|url|website|booking|email|link/i;
/** Names of fields that take a phone number. */
export const PHONE_NAME = /phone|^tel$/i;
/** Names of fields that take a heading level. */
export const HEADING_NAME = /(^|-)level$|Level$/;

export interface Field {
  kind: 'attr' | 'prop';
  name: string;
}
export interface PropInfo {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'other';
  attribute: string | false;
}
export interface Discovery {
  tag: string;
  attributes: string[];
  properties: PropInfo[];
  /** Slot names the element renders in any of its examples; '' is the default slot. */
  slots: string[];
  readsJson: boolean;
  idAttributes: string[];
  /** Content ids the examples use, for lists of 500. */
  knownIds: string[];
  urlFields: Field[];
  phoneFields: Field[];
  headingFields: Field[];
  /** Elements each example renders (by name): how costly it is to render once. */
  weights: Record<string, number>;
}
export interface CaseResult {
  label: string;
  failures: string[];
}
export interface Case {
  label: string;
  payloadId?: string;
  base: Example;
  /** Adds the case's input to a freshly built element (not yet connected). */
  apply(el: HTMLElement): void;
}
export interface CheckOptions {
  /** Require a visible neutral note. */
  note?: boolean;
  /** Require no horizontal overflow of the page. */
  overflow?: boolean;
}

export const extraSets: ExampleSet[] = [];
/** Adds example sets beyond `allExamples` (the harness self-test's probes). */
export function addSets(more: ExampleSet[]): void {
  extraSets.push(...more);
}
export function sets(): ExampleSet[] {
  return [...allExamples, ...extraSets];
}
/** The size of the hostile corpus, by kind. */
export function corpus(): { total: number; kinds: string } {
  const counts = new Map<string, number>();
  for (const p of payloads) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  return {
    total: payloads.length,
    kinds: [...counts].map(([k, n]) => `${n} ${k}`).join(', '),
  };
}

export function setOf(tag: string): ExampleSet {
  const set = sets().find((s) => s.tag === tag);
  if (!set) throw new Error(`no example set for <${tag}>`);
  return set;
}

export const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);
export const short = (s: string, n = 70) => {
  const one = JSON.stringify(s);
  return one.length > n ? `${one.slice(0, n)}…"` : one;
};
export const log = () => window.__havenTrustLog;

export function stage(): HTMLElement {
  let el = document.getElementById('stage');
  if (!el) {
    el = document.createElement('div');
    el.id = 'stage';
    document.body.append(el);
  }
  return el;
}
