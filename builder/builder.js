// The builder (dist/builder.html): a form generated from custom-elements.json for any haven
// element, a live preview that is the real element, and the snippet to paste (the script tag
// with its integrity from the build manifest, the element's markup, the WordPress shortcode).
// Nothing is sent or stored: no fetch, no storage, no cookies.
import '../haven.js';
import { bundle, elements, lint } from './data.js';
import { checkAttributes, openTag, shortcode } from './model.js';

const $ = (id) => document.getElementById(id);
const form = $('settings');
const elementSelect = $('element');
const fieldset = $('attributes');
const jsonField = $('json-field');
const jsonInput = $('json');
const jsonMessage = $('json-message');
const preview = $('preview');
const snippet = $('snippet');
const shortcodeBox = $('shortcode');
const status = $('status');

/** The script tag: haven.js next to this page, with the integrity the build recorded. */
const scriptSrc = new URL(`../${bundle.file}`, import.meta.url).href;
const scriptTag = `<script type="module" src="${scriptSrc}" integrity="${bundle.integrity}" crossorigin="anonymous"></script>`;

/**
 * Content checks shown inline: the haven-lint rules (absolute promises, terms to avoid, unknown
 * ids and topics, unsafe links, each with its source), bundled next to this page by the build.
 */
const lintHtml = lint ? (await import('./lint.js')).lintHtml : null;

const byTag = new Map(elements.map((e) => [e.tag, e]));
// The title alone: a long option would widen the page on a phone (the tag is in the hint).
for (const e of elements) elementSelect.append(new Option(e.title, e.tag));
// Start on the group of cards when there is one: it shows content with no settings at all.
if (byTag.has('haven-myth-facts')) elementSelect.value = 'haven-myth-facts';

/** Builds the attribute fields of one element from its generated description. */
function buildFields(element) {
  fieldset.querySelectorAll(':scope > :not(legend)').forEach((n) => n.remove());
  for (const [name, a] of Object.entries(element.attributes)) {
    const id = `attr-${name}`;
    const wrap = document.createElement('div');
    wrap.className = a.kind === 'boolean' ? 'field check' : 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = a.label;
    let control;
    if (a.kind === 'enum') {
      control = document.createElement('select');
      control.append(new Option('(default)', ''), ...a.enum.map((v) => new Option(v, v)));
    } else {
      control = document.createElement('input');
      control.type = { boolean: 'checkbox', url: 'url', number: 'text' }[a.kind] ?? 'text';
      if (a.kind === 'number') control.inputMode = 'numeric';
    }
    control.id = id;
    control.name = name;
    control.dataset.attribute = name;
    const hint = document.createElement('span');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = a.description;
    const message = document.createElement('span');
    message.className = 'message';
    message.id = `${id}-message`;
    control.setAttribute('aria-describedby', `${hint.id} ${message.id}`);
    if (a.kind === 'boolean') wrap.append(control, label, hint, message);
    else wrap.append(label, control, hint, message);
    fieldset.append(wrap);
  }
  fieldset.dataset.tag = element.tag;
  jsonField.hidden = !element.json;
  jsonInput.value = '';
  $('json-hint').textContent = element.jsonDescription
    ? `${element.jsonDescription} Optional. Write an object in curly brackets, e.g. { "name": "Example Counseling" }.`
    : '';
  $('element-summary').textContent = `<${element.tag}>: ${element.summary}`;
}

/** The JSON editor's value, checked, with a message in plain words. */
function readJson() {
  const text = jsonInput.value.trim();
  if (jsonField.hidden || !text) return { data: null, message: '' };
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const at = /line (\d+) column (\d+)/.exec(err.message);
    const where = at ? ` near line ${at[1]}, column ${at[2]}` : '';
    return {
      data: null,
      message: `This is not valid JSON${where}. Check for a missing comma or quotation mark, a comma after the last item, or single quotes instead of double quotes.`,
    };
  }
  if (data === null || typeof data !== 'object') {
    return {
      data: null,
      message:
        'Write the details as an object in curly brackets { … } (or a list in square brackets [ … ]).',
    };
  }
  const unsafe = JSON.stringify(data).match(/"(javascript|data|vbscript):/i);
  if (unsafe)
    return { data: null, message: `An address that starts with ${unsafe[1]}: is not allowed.` };
  if (/"http:\/\//i.test(JSON.stringify(data)))
    return {
      data,
      message: 'Addresses should start with https://; the element leaves out http: addresses.',
    };
  return { data, message: '' };
}

/** Attribute values as the form holds them. */
function formValues(element) {
  const raw = {};
  for (const control of fieldset.querySelectorAll('[data-attribute]')) {
    // Removing a field that has focus commits it (a change event) while the fields are rebuilt.
    const a = element.attributes[control.dataset.attribute];
    if (a) raw[control.name] = a.kind === 'boolean' ? control.checked : control.value;
  }
  raw.lang = $('lang').value;
  return raw;
}

function update() {
  const element = byTag.get(elementSelect.value);
  const { attrs, problems } = checkAttributes(element, formValues(element));
  for (const control of form.querySelectorAll('[data-attribute], #lang')) {
    const problem = problems.find((p) => p.name === control.name);
    const message =
      document.getElementById(`${control.id}-message`) ?? document.getElementById('lang-hint');
    if (problem) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    if (control.id !== 'lang') message.textContent = problem?.message ?? '';
  }
  const { data, message } = readJson();
  jsonMessage.textContent = message;
  if (message && !data) jsonInput.setAttribute('aria-invalid', 'true');
  else jsonInput.removeAttribute('aria-invalid');

  // The preview: the real element. A quick exit's `preview` attribute keeps it from leaving
  // this page while someone types here (Shift pressed three times).
  const el = document.createElement(element.tag);
  for (const [n, v] of Object.entries(attrs)) el.setAttribute(n, v === true ? '' : v);
  if (element.attributes.preview?.kind === 'boolean') el.setAttribute('preview', '');
  const json = data ? JSON.stringify(data, null, 2).replaceAll('<', '\\u003c') : '';
  if (json) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  preview.replaceChildren(el);

  const inner = json
    ? `\n  <script type="application/json">\n${json.replace(/^/gm, '    ')}\n  </script>\n`
    : '';
  const markup = `${openTag(element.tag, attrs)}${inner}</${element.tag}>`;
  snippet.value = `${scriptTag}\n\n${markup}\n`;
  shortcodeBox.value = shortcode(element, attrs);
  $('shortcode-hint').textContent = json
    ? 'A shortcode cannot hold the JSON details: in WordPress use the block, and paste the JSON into its "Details as JSON" field.'
    : '';
  showLint(markup);
}

function showLint(markup) {
  const found = lintHtml ? lintHtml(markup) : [];
  $('lint').hidden = found.length === 0;
  $('lint-list').replaceChildren(
    ...found.map((f) =>
      Object.assign(document.createElement('li'), {
        textContent: `${f.severity === 'error' ? 'Error' : 'Warning'}: ${f.message}`,
      }),
    ),
  );
}

async function copy(id) {
  const box = $(id);
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    box.select();
    document.execCommand('copy');
  }
  status.textContent = id === 'snippet' ? 'HTML copied.' : 'Shortcode copied.';
}

/** Any change: a new element gets its own fields first, then everything follows the form. */
let building = false;
function changed() {
  if (building) return; // a removed field's own change event, while the fields are rebuilt
  if (fieldset.dataset.tag !== elementSelect.value) {
    building = true;
    try {
      buildFields(byTag.get(elementSelect.value));
    } finally {
      building = false;
    }
  }
  update();
}
form.addEventListener('input', changed);
form.addEventListener('change', changed);
form.addEventListener('submit', (e) => e.preventDefault());
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () => copy(button.dataset.copy));
}

changed();
