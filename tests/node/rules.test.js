// The content rules (src/lint/rules.ts): every rule fires on a bad sentence and stays quiet on a
// good one that shares its words. The same module serves the content compiler and haven-lint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.js';

const root = resolve(import.meta.dirname, '../..');
const { checkText, TEXT_RULES, RULES } = await loadTs('src/lint/rules.ts');
const { lintHtml } = await loadTs('src/lint/lint.ts');

/**
 * Rule id (a Spanish rule's prefixed `es:`) → [scope, bad sentences, good sentences that share
 * their words]. Each is read in the rule's language.
 */
const TEXT_CASES = {
  'stigma/prostitute': [
    'editor',
    ['A prostitute needs rescuing.', 'Prostitution is work.'],
    [
      'Under the Prostitution Reform Act 2003, sex work was decriminalised.',
      'The statute "Solicitation of prostitution" was repealed.',
      'Sex worker-led groups offer support.',
    ],
  ],
  'stigma/hooker': ['editor', ['She was called a whore.'], ['Hook the cable to the wall.']],
  'stigma/john': ['editor', ['The johns paid in cash.'], ['John Smith, a client, paid in cash.']],
  'stigma/pimp': ['editor', ['Her pimp took the money.'], ['Her manager took a fee.']],
  'stigma/addict': ['editor', ['He is an addict.'], ['He is a person who uses drugs.']],
  'stigma/committed-suicide': [
    'editor',
    ['He committed suicide last year.'],
    ['He died by suicide last year.'],
  ],
  'stigma/clean': [
    'editor',
    ['She tested clean.'],
    ['She tested negative, and the room is clean.'],
  ],
  'stigma/substance-abuse': [
    'editor',
    ['Drug abuse is common.', 'He has a drug habit.'],
    ['Substance use is common.'],
  ],
  'absolute-promise': [
    'editor',
    [
      'We never report what you tell us about your work.',
      'Sessions are completely confidential.',
      'The line is 100% anonymous.',
      'We keep no records.',
      'No records are kept.',
      'What you say stays between us.',
      'No one will ever know you called.',
      'Quick exit clears your history.',
      'Online sessions can be as private as you need.',
    ],
    [
      'Ask whether it is confidential.',
      'Ask whether they would report what you tell them about your work.',
      'Is it completely confidential?',
      'Ask which records they keep.',
      'We must report if a child is in danger; we keep short notes.',
      'Quick exit does not clear your history.',
      'Online is not completely private.',
    ],
  ],
  'service-promise': [
    'builtin',
    [
      'Confidential options such as online therapy.',
      'We offer private, one-to-one sessions.',
      'Sessions by secure video or phone.',
      'Online sessions can be private.',
      'Sex worker-led organizations are anonymous.',
      'A therapist who understands sex work, online if you need privacy.',
    ],
    [
      'Ask whether it is confidential.',
      'Sex worker-led organizations offer peer support.',
      'Online is not private by itself: someone may see a shared device.',
      'Some people keep their work private.',
      'People keep work and private life apart.',
      'What are the limits of confidentiality?',
    ],
  ],
  'es:stigma/prostituta': [
    'editor',
    ['Una prostituta necesita ayuda.', 'La prostitución es trabajo.'],
    [
      'La Ley de Reforma de la Prostitución de 2003 despenalizó el trabajo sexual.',
      'La ley "Solicitud de prostitución" se derogó.',
      'Las personas que ejercen el trabajo sexual se organizan.',
    ],
  ],
  'es:stigma/prostituida': [
    'editor',
    ['Atendemos a mujeres prostituidas.'],
    ['Atendemos a mujeres que ejercen el trabajo sexual.'],
  ],
  'es:stigma/situacion-de-prostitucion': [
    'editor',
    ['Personas en situación de prostitución.'],
    ['Personas en situación de calle también llaman.'],
  ],
  'es:stigma/meretriz': ['editor', ['Una meretriz de la ciudad.'], ['Una trabajadora sexual.']],
  'es:stigma/trabajador-sexual-comercial': [
    'editor',
    ['Trabajadoras sexuales comerciales del centro.'],
    ['Trabajadoras sexuales del centro y sus clientes comerciales.'],
  ],
  'es:stigma/puta': ['editor', ['La llamaron puta.'], ['La llamaron por teléfono.']],
  'es:stigma/proxeneta': ['editor', ['Su proxeneta cobraba.'], ['Su encargado cobraba.']],
  'es:stigma/adicto': ['editor', ['Es un adicto.'], ['Es una persona que usa drogas.']],
  'es:stigma/cometio-suicidio': [
    'editor',
    ['Cometió suicidio el año pasado.'],
    ['Murió por suicidio el año pasado.'],
  ],
  'es:stigma/abuso-de-sustancias': [
    'editor',
    ['El abuso de sustancias es común.'],
    ['El uso de sustancias es común.'],
  ],
  'es:stigma/trata': [
    'editor',
    ['La trata y el trabajo sexual son lo mismo.'],
    [
      'La trata no es trabajo sexual.',
      'La trata de personas y el trabajo sexual son distintos.',
      'La trata usa fuerza, fraude o coerción.',
    ],
  ],
  'es:absolute-promise': [
    'editor',
    [
      'Nuestras sesiones son totalmente confidenciales.',
      'Confidencialidad total en cada llamada.',
      'Anonimato garantizado.',
      'La línea es anónima garantizada.',
      'Es 100 % anónimo.',
      'No guardamos registros.',
      'Nunca reportamos lo que nos cuentas de tu trabajo.',
      'Nunca llamamos a la policía.',
      'Lo que dices queda entre nosotros.',
      'Nadie lo sabrá.',
      'La salida rápida borra tu historial.',
      'Sal sin dejar rastro.',
    ],
    [
      'La salida rápida no borra tu historial.',
      'No borra tu historial de navegación: esta página sigue en él',
      'Lo que cuentas puede no ser confidencial.',
      '¿Es totalmente confidencial?',
      'Pregunta si guardan registros y cuáles.',
      'Pregunta si reportarían lo que cuentas de tu trabajo.',
      'Debemos reportar si un menor corre peligro; tomamos notas breves.',
      'En línea no es totalmente privado.',
    ],
  ],
  'es:service-promise': [
    'builtin',
    [
      'Ofrecemos sesiones confidenciales.',
      'La terapia en línea es privada.',
      'Los grupos de pares pueden ser anónimos.',
    ],
    [
      'Pregunta si la terapia es confidencial.',
      'Lo que cuentas puede no ser confidencial.',
      'En línea no es privado por sí solo: otra persona puede ver un dispositivo compartido.',
      '¿Cuáles son los límites de la confidencialidad?',
    ],
  ],
};

const language = (key) => (key.startsWith('es:') ? 'es' : 'en');
const ruleOf = (key) => key.replace(/^es:/, '');
const fired = (text, scope, rule, lang) =>
  checkText(text, scope, lang).filter((f) => f.rule === rule);

test('every text rule has cases here', () => {
  assert.deepEqual(
    Object.keys(TEXT_CASES).sort(),
    TEXT_RULES.map((r) => (r.lang === 'es' ? `es:${r.id}` : r.id)).sort(),
  );
});

for (const [key, [scope, bad, good]] of Object.entries(TEXT_CASES)) {
  const rule = ruleOf(key);
  const lang = language(key);
  test(`${key} fires on a bad sentence and stays quiet on a good one`, () => {
    for (const text of bad) {
      const hits = fired(text, scope, rule, lang);
      assert.equal(hits.length, 1, `${rule} on "${text}": ${JSON.stringify(hits)}`);
      // The finding points at the words, and the message quotes them.
      const words = text.slice(hits[0].offset, hits[0].offset + hits[0].length);
      assert.ok(hits[0].message.includes(`"${words}"`), hits[0].message);
    }
    for (const text of good) {
      assert.deepEqual(checkText(text, scope, lang), [], `nothing on "${text}"`);
    }
  });
}

test('text is read by the rules of its language: es, es-MX and es-419 are Spanish', () => {
  const spanish = 'Es totalmente confidencial.';
  for (const lang of ['es', 'es-MX', 'es-419', 'ES_us']) {
    assert.deepEqual(
      checkText(spanish, 'editor', lang).map((f) => f.rule),
      ['absolute-promise'],
      lang,
    );
  }
  // English rules read English (and any language with no rules of its own), not Spanish.
  assert.deepEqual(checkText(spanish, 'editor', 'en'), []);
  assert.deepEqual(checkText('Completely confidential.', 'editor', 'es'), []);
  assert.equal(checkText('Completely confidential.', 'editor', 'fr').length, 1);
});

test('a stigma finding suggests the wording and names its guidance', () => {
  const [hit] = checkText('A prostitute needs rescuing.', 'editor');
  assert.match(hit.message, /use "sex worker".*\(NSWP terminology guide\)/);
});

test('severities: wording warns an editor and stops the build; an absolute promise is an error everywhere; service-promise is built-in only', () => {
  for (const [lang, text] of [
    ['en', 'A prostitute says our confidential sessions are completely confidential.'],
    ['es', 'Una prostituta dice que las sesiones confidenciales son totalmente confidenciales.'],
  ]) {
    const of = (scope) => checkText(text, scope, lang).map((f) => `${f.rule}:${f.severity}`);
    const stigma = lang === 'es' ? 'stigma/prostituta' : 'stigma/prostitute';
    assert.deepEqual(of('editor'), [`${stigma}:warning`, 'absolute-promise:error'], lang);
    assert.deepEqual(
      of('builtin'),
      [`${stigma}:error`, 'service-promise:error', 'absolute-promise:error'],
      lang,
    );
  }
});

test('every rule names its source: a section of DOMAIN.md (the domain guide) or of a guide in docs/', () => {
  for (const rule of RULES) {
    assert.match(rule.source, /^(?:DOMAIN\.md|(docs\/[\w-]+\.md)), "([^"]+)"/, rule.id);
    // A guide's section is there to read.
    const [, guide, section] = /^(?:DOMAIN\.md|(docs\/[\w-]+\.md)), "([^"]+)"/.exec(rule.source);
    if (guide)
      assert.match(
        readFileSync(resolve(root, guide), 'utf8'),
        new RegExp(`^#+ ${section}$`, 'm'),
        rule.id,
      );
  }
});

test('the rules module imports only modules that import nothing, so a browser can run it', () => {
  const src = readFileSync(resolve(root, 'src/lint/rules.ts'), 'utf8');
  // What the elements declare (generated data) and how a topic is read; nothing else.
  const imports = [...src.matchAll(/^\s*import\s[^;]*?from '([^']+)'/gm)].map((m) => m[1]);
  assert.deepEqual(imports.sort(), ['../content/topic.js', '../generated/lint.js']);
  for (const path of imports) {
    const dep = readFileSync(resolve(root, 'src/lint', path.replace(/\.js$/, '.ts')), 'utf8');
    // A type import is erased: only the data and the function are left.
    assert.doesNotMatch(dep, /^\s*import\s(?!type\s)/m, path);
  }
  const lint = readFileSync(resolve(root, 'src/lint/lint.ts'), 'utf8');
  assert.doesNotMatch(lint, /from 'node:|require\(/);
});

test('one copy of each rule: the compiler reads its rules from the shared module', () => {
  const compiler = readFileSync(resolve(root, 'scripts/content-compiler.ts'), 'utf8');
  const schema = readFileSync(resolve(root, 'src/content/schema.ts'), 'utf8');
  assert.match(compiler, /from '\.\.\/src\/lint\/rules\.js'/);
  for (const src of [compiler, schema]) assert.doesNotMatch(src, /prostitut|confidential\|/);
});

// ----------------------------------------------------------------------------------------------
// Element rules, through lintHtml: each fires on a bad fragment and is quiet on a good one.

const rulesOf = (html) => lintHtml(html).map((m) => m.rule);

/** Rule id → [bad fragment, good fragment sharing its markup]. */
const ELEMENT_CASES = {
  'https-only': [
    '<haven-therapist-callout name="A" website="http://example.org/"></haven-therapist-callout>',
    '<haven-therapist-callout name="A" website="https://example.org/"></haven-therapist-callout>',
  ],
  'review-date': [
    '<haven-myth-fact><h3 slot="fact">A fact.</h3><p slot="myth">A myth.</p></haven-myth-fact>',
    '<haven-myth-fact reviewed="2026-11-30"><h3 slot="fact">A fact.</h3><p slot="myth">A myth.</p></haven-myth-fact>',
  ],
  'unknown-id': [
    '<haven-myth-fact content-id="myths/not-a-thing"></haven-myth-fact>',
    '<haven-myth-fact content-id="myths/not-a-mental-illness"></haven-myth-fact>',
  ],
  'renamed-id': [
    '<haven-myth-facts ids="myths/leaving-is-not-the-goal"></haven-myth-facts>',
    '<haven-myth-facts ids="myths/staying-or-leaving"></haven-myth-facts>',
  ],
  'unknown-topic': [
    '<haven-myth-facts topic="astrology"></haven-myth-facts>',
    '<haven-myth-facts topic="therapy"></haven-myth-facts>',
  ],
  'invalid-json': [
    '<haven-therapist-callout><script type="application/json">{"name": </script></haven-therapist-callout>',
    '<haven-therapist-callout><script type="application/json">{"name": "A"}</script></haven-therapist-callout>',
  ],
};

test('every element rule has cases here', () => {
  const elementRules = RULES.filter((r) => !TEXT_RULES.some((t) => t.id === r.id)).map((r) => r.id);
  assert.deepEqual(Object.keys(ELEMENT_CASES).sort(), elementRules.sort());
});

for (const [rule, [bad, good]] of Object.entries(ELEMENT_CASES)) {
  test(`${rule} fires on a bad element and stays quiet on a good one`, () => {
    assert.deepEqual(rulesOf(bad), [rule], bad);
    assert.deepEqual(rulesOf(good), [], good);
  });
}

test('an editor card: text across inline elements, attributes, links and JSON, with positions', () => {
  const page = [
    '<p>Outside any element: we never report. http://example.org</p>',
    '<haven-myth-fact reviewed="2026-11-30">',
    '  <h3 slot="fact">Our sessions are <strong>completely</strong> confidential.</h3>',
    '  <p slot="myth">A myth.</p>',
    '  <p>See <a href="http://example.org/x">this</a>.</p>',
    '</haven-myth-fact>',
    '<haven-therapist-callout heading="Call the john line">',
    '  <script type="application/json">',
    '    { "name": "A", "confidentiality": "It is 100% anonymous.", "booking": "http://example.org/b" }',
    '  </script>',
    '</haven-therapist-callout>',
  ].join('\n');
  const got = lintHtml(page).map((m) => [m.rule, m.line, m.column]);
  assert.deepEqual(got, [
    ['absolute-promise', 3, 44],
    ['https-only', 5, 19],
    ['stigma/john', 7, 44],
    ['absolute-promise', 9, 46],
    ['https-only', 9, 76],
  ]);
});

test('text is read as written: character references are decoded, sentences end at blocks', () => {
  assert.deepEqual(
    rulesOf('<haven-myth-facts intro="We never&#32;report &amp; never tell."></haven-myth-facts>'),
    ['absolute-promise'],
  );
  // Two blocks, not one sentence: "Ask us." does not excuse the promise after it.
  assert.deepEqual(
    rulesOf(
      '<haven-quick-exit-info><p>Ask us.</p><p>It clears your history</p></haven-quick-exit-info>',
    ),
    ['absolute-promise'],
  );
});

test('a nested element is checked once, as itself', () => {
  const html =
    '<haven-myth-facts><haven-myth-fact reviewed="2026-11-30"><span slot="fact">F</span><span slot="myth">M</span><p>We keep no records.</p></haven-myth-fact></haven-myth-facts>';
  assert.deepEqual(rulesOf(html), ['absolute-promise']);
});

test('areas may be written with or without the table name', () => {
  assert.deepEqual(
    rulesOf(
      '<haven-wellbeing-table table="barriers" areas="cost barriers/time"></haven-wellbeing-table>',
    ),
    [],
  );
  assert.deepEqual(rulesOf('<haven-wellbeing-table areas="cost"></haven-wellbeing-table>'), [
    'unknown-id',
  ]);
  assert.deepEqual(rulesOf('<haven-wellbeing-table table="menu"></haven-wellbeing-table>'), [
    'unknown-id',
  ]);
});

test('the English UI strings pass the built-in rules', async () => {
  const files = [
    'src/i18n/en.ts',
    ...readdirSync(resolve(root, 'components')).map((c) => `components/${c}/${c}.strings.ts`),
  ];
  const texts = [];
  for (const file of files) {
    for (const strings of Object.values(await loadTs(file))) {
      let lead = '';
      for (const value of Object.values(strings)) {
        // A list reads after its lead-in: "It does not: erase your browsing history…".
        if (Array.isArray(value)) texts.push(...value.map((item) => `${lead} ${item}`));
        // Plural forms (Intl.PluralRules categories): each form is a text of its own.
        else if (typeof value === 'object') texts.push(...Object.values(value));
        else texts.push(value);
        lead = String(value);
      }
    }
  }
  assert.ok(texts.length > 40, `${texts.length} strings`);
  for (const text of texts) assert.deepEqual(checkText(text, 'builtin'), [], text);
});

test('every visible example passes haven-lint, as an editor would paste it', async () => {
  const { allExamples } = await loadTs('src/generated/all-examples.ts');
  const attr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  let checked = 0;
  for (const set of allExamples) {
    for (const ex of set.examples.filter((e) => !e.hidden)) {
      const attrs = Object.entries(ex.attrs ?? {})
        .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${attr(v)}"`))
        .join('');
      const html = `<${set.tag}${attrs}>${ex.children ?? ''}</${set.tag}>`;
      const problems = lintHtml(html).map((m) => `${m.rule}: ${m.message}`);
      // The examples of bad input are about exactly what the linter finds in them.
      const expected =
        {
          'invalid-input': ['https-only'],
          'invalid-json': ['invalid-json'],
          // The panel's HSDS example shows an http: website as text, on purpose.
          hsds: ['https-only'],
        }[ex.name] ?? [];
      assert.deepEqual(
        problems.map((p) => p.split(':')[0]),
        expected,
        `${set.tag} ${ex.name}: ${problems.join('; ')}`,
      );
      checked++;
    }
  }
  assert.ok(checked > 20, `${checked} examples`);
});
