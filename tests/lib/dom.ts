// Reading rendered elements, shared by the browser tests (tests/helpers.ts), the trust suite
// (tests/trust/) and the benchmark page (bench/page.js, bundled by scripts/bench.js). No test
// framework here: plain DOM, and no instanceof checks, so it works across frames.

type LitLike = Element & { updateComplete: Promise<boolean> };

/** Every Lit element in `root`'s tree, shadow roots included. */
export function litElements(root: Element): LitLike[] {
  const out: LitLike[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if ('updateComplete' in el) out.push(el as LitLike);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if ('updateComplete' in root) out.push(root as LitLike);
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/**
 * Waits until `el` and everything rendered inside it finished updating (an update can render
 * elements that then update in turn: up to six rounds). A rejected `updateComplete` is an
 * exception that escaped an update: it is returned as a failure message, not thrown.
 */
export async function settle(el: Element): Promise<string[]> {
  const errors: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const pending = litElements(el);
    const results = await Promise.all(
      pending.map((e) =>
        e.updateComplete.then(
          (r) => r,
          (err: unknown) => {
            errors.push(`update of <${e.localName}> threw ${String(err)}`);
            return true;
          },
        ),
      ),
    );
    if (results.every((r) => r === true) && litElements(el).length === pending.length) break;
  }
  return errors;
}

/**
 * The text a visitor would see in `node`, read through shadow roots and slots (the flat tree):
 * nothing from hidden elements (a hidden slot included), scripts, styles or templates. `skip`
 * leaves out an element and what it holds (e.g. text marked `lang="en"`).
 */
export function deepText(node: Node, skip?: (el: Element) => boolean): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
    return '';
  const el = node as HTMLElement;
  if (['style', 'script', 'template'].includes(el.localName) || el.hidden) return '';
  if (node.nodeType === Node.ELEMENT_NODE && skip?.(el)) return '';
  const text = (n: Node) => deepText(n, skip);
  if (el.localName === 'slot') {
    const assigned = (el as unknown as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...el.childNodes]).map(text).join('');
  }
  const children = el.shadowRoot ? el.shadowRoot.childNodes : node.childNodes;
  return [...children].map(text).join('');
}

/** Every disclosure toggle (a button with aria-expanded) in `root`'s tree, shadow roots included. */
export function toggles(root: Element | ShadowRoot): HTMLButtonElement[] {
  const out: HTMLButtonElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === 'button' && el.hasAttribute('aria-expanded'))
        out.push(el as HTMLButtonElement);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if ('shadowRoot' in root && root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/**
 * Waits for `promise`, at most `ms`: past that, fails saying what never happened. Every test
 * that waits on the browser (a frame, a load, an event, an answer) waits through this or
 * `until`, never through a fixed sleep, so a slow machine only makes it slower.
 */
export function within<T>(promise: Promise<T>, what: string, ms = 10000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Waits until `condition()` is true, looking again every 50 ms, at most `ms`: past that, fails
 * saying what never became true.
 */
export async function until(condition: () => unknown, what: string, ms = 10000): Promise<void> {
  let looking = true;
  try {
    await within(
      new Promise<void>((done) => {
        const look = () => {
          if (!looking) return;
          if (condition()) return done();
          setTimeout(look, 50);
        };
        look();
      }),
      what,
      ms,
    );
  } finally {
    looking = false;
  }
}

/** The next animation frame of `win` (another frame's window, or this one), at most `ms`. */
export function frameOf(
  win: Window = window,
  what = 'an animation frame',
  ms = 10000,
): Promise<number> {
  return within(new Promise<number>((done) => win.requestAnimationFrame(done)), what, ms);
}

/** Starts a frame's load with `start()` and waits for its load event, at most `ms`. */
export function frameLoad(
  frame: HTMLIFrameElement,
  start: () => void,
  what = 'the frame loaded',
  ms = 10000,
): Promise<Event> {
  const loaded = new Promise<Event>((done) => frame.addEventListener('load', done, { once: true }));
  start();
  return within(loaded, what, ms);
}
