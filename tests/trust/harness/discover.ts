// The trust suite's in-page harness: discovering inputs.
import { renderExample } from '../../../src/examples.js';
import { settle } from '../../lib/dom.js';
import {
  type PropDecl,
  type LitClass,
  URL_NAME,
  PHONE_NAME,
  HEADING_NAME,
  type Field,
  type PropInfo,
  type Discovery,
  setOf,
  stage,
} from './common.js';
import { widgetElements } from './inspect.js';

export const typeName = (t: unknown): PropInfo['type'] =>
  t === undefined || t === String
    ? 'string'
    : t === Number
      ? 'number'
      : t === Boolean
        ? 'boolean'
        : t === Array
          ? 'array'
          : t === Object
            ? 'object'
            : 'other';

export const discovered = new Map<string, Discovery>();

/** What `tag` takes as input, read from its class, its examples and its example set's hints. */
export async function discover(tag: string): Promise<Discovery> {
  const known = discovered.get(tag);
  if (known) return known;
  const set = setOf(tag);
  const ctor = customElements.get(tag) as LitClass | undefined;
  if (!ctor) throw new Error(`<${tag}> is not defined`);
  const attributes = [...(ctor.observedAttributes ?? [])];
  const properties: PropInfo[] = [];
  for (const [key, decl] of ctor.elementProperties ?? new Map<PropertyKey, PropDecl>()) {
    if (typeof key !== 'string' || decl.state) continue;
    const attribute =
      decl.attribute === false
        ? false
        : typeof decl.attribute === 'string'
          ? decl.attribute
          : key.toLowerCase();
    properties.push({ name: key, type: typeName(decl.type), attribute });
  }
  const slots = new Set<string>();
  const weights: Record<string, number> = {};
  for (const ex of set.examples) {
    const el = renderExample(tag, ex);
    stage().append(el);
    await settle(el);
    for (const slot of el.shadowRoot?.querySelectorAll('slot') ?? []) slots.add(slot.name);
    weights[ex.name] = widgetElements(el, new WeakSet()).length;
    el.remove();
  }
  const idAttributes = [
    ...new Set([
      ...attributes.filter((a) => a === 'content-id' || a === 'ids'),
      ...(set.trust?.idAttributes ?? []),
    ]),
  ];
  const knownIds = [
    ...new Set(
      set.examples.flatMap((ex) =>
        idAttributes.flatMap((a) =>
          String(ex.attrs?.[a] ?? '')
            .split(/[\s,]+/)
            .filter(Boolean),
        ),
      ),
    ),
  ];
  const fields = (test: (name: string) => boolean): Field[] => [
    ...attributes.filter(test).map((name) => ({ kind: 'attr' as const, name })),
    ...properties.filter((p) => test(p.name)).map((p) => ({ kind: 'prop' as const, name: p.name })),
  ];
  const extraUrl = set.trust?.urlFields ?? [];
  const text = set.trust?.textFields ?? [];
  const d: Discovery = {
    tag,
    attributes,
    properties,
    slots: [...slots],
    readsJson: set.trust?.json !== undefined,
    idAttributes,
    knownIds,
    urlFields: fields((n) => (URL_NAME.test(n) && !text.includes(n)) || extraUrl.includes(n)),
    phoneFields: fields((n) => PHONE_NAME.test(n)),
    headingFields: fields((n) => HEADING_NAME.test(n)),
    weights,
  };
  discovered.set(tag, d);
  return d;
}
