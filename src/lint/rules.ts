/**
 * The content rules, in one place. The build-time content compiler runs them on the built-in
 * content (`scope: 'builtin'`) and `haven-lint` runs them on what an editor wrote inside a page's
 * `<haven-*>` elements (`scope: 'editor'`). Plain TypeScript that imports only data and
 * import-free helpers (what each element declares of its attributes, generated from its folder;
 * how a topic is read): a browser can run them too. Each rule names its source in `DOMAIN.md`
 * and the guidance behind it.
 */
import { readTopic } from '../content/topic.js';
import { lintFacts } from '../generated/lint.js';

export type Severity = 'error' | 'warning';

/** Whose words are checked: the library's built-in content, or an editor's in a page. */
export type Scope = 'builtin' | 'editor';

/**
 * The languages the text rules read. Text is checked in the language it is written in (the
 * nearest `lang`): Spanish by the Spanish rules, any other language by the English ones.
 */
export type RuleLanguage = 'en' | 'es';

/** The rule language of a BCP 47 tag: `es`, `es-419`, `es-MX` are Spanish; anything else English. */
export const ruleLanguage = (tag = ''): RuleLanguage =>
  /^\s*es(?:[-_]|\s*$)/i.test(tag) ? 'es' : 'en';

/** What a rule is, where it comes from, and how serious it is in each scope. */
export interface RuleInfo {
  id: string;
  /** One line: what the rule asks for. */
  description: string;
  /** The section of DOMAIN.md the rule enforces, and the guidance behind it. */
  source: string;
  /** The severity in each scope; a scope that is absent does not run the rule. */
  severity: Partial<Record<Scope, Severity>>;
}

/** One problem found in a text, at `offset` (in that text) for `length` characters. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
}

/** The text around a match that a rule may need to judge it. */
interface Context {
  match: string;
  /** The sentence's text before the match, and after it. */
  before: string;
  after: string;
  /** Whether the sentence ends with a question mark. */
  question: boolean;
}

interface TextRule extends RuleInfo {
  /** The language of the text the rule reads. */
  lang: RuleLanguage;
  patterns: RegExp[];
  message: (match: string) => string;
  /** True when this match is fine where it stands. */
  allow?: (ctx: Context) => boolean;
}

// ---------------------------------------------------------------------------------------------
// Context tests shared by several rules

/** The sentence asks about something rather than promising it: "ask whether it is confidential". */
const asking = (ctx: Context): boolean =>
  ctx.question || /\b(?:ask|asks|asking|whether|enquire|inquire)\b/i.test(ctx.before);

/** A negation just before the match: "is not private", "does not clear your history". */
const negated = (ctx: Context): boolean =>
  /(?:\b(?:not|never|no|cannot|nothing)\b|n['’]t)(?:\s+[\w'’-]+){0,2}[\s:;,]*$/i.test(ctx.before);

/**
 * The match is part of a law's name or a quotation: "the Prostitution Reform Act 2003",
 * a statute heading in quotation marks. DOMAIN.md allows the word only in a legal citation.
 */
function legalCitation(ctx: Context): boolean {
  const quotes = (ctx.before.match(/"/g) ?? []).length;
  if (quotes % 2 === 1 && ctx.after.includes('"')) return true;
  if (ctx.before.lastIndexOf('“') > ctx.before.lastIndexOf('”') && ctx.after.includes('”')) {
    return true;
  }
  if (!/^[A-Z]/.test(ctx.match)) return false;
  const lawWord = '(?:Act|Law|Code|Statute|Ordinance|Bill|Regulations?|Decree|Directive)';
  const nameWord = "(?:[A-Z][\\w'’-]*|of|on|and|the|for|against|in|\\(|\\)|\\d+)";
  return (
    new RegExp(`^(?:[\\s)]*${nameWord})*?[\\s)]+${lawWord}\\b`).test(ctx.after) ||
    new RegExp(`\\b${lawWord}(?:\\s+${nameWord})*\\s*\\(?$`).test(ctx.before)
  );
}

// ---------------------------------------------------------------------------------------------
// Stigmatising terms

const LANGUAGE = 'DOMAIN.md, "Language"';

function term(
  id: string,
  pattern: RegExp,
  instead: string,
  guidance: string,
  allow?: (ctx: Context) => boolean,
  lang: RuleLanguage = 'en',
): TextRule {
  return {
    id: `stigma/${id}`,
    lang,
    description: `use ${instead}`,
    source: `${LANGUAGE} (${guidance})`,
    severity: { builtin: 'error', editor: 'warning' },
    patterns: [pattern],
    message: (match) => `"${match}": use ${instead} instead (${guidance})`,
    allow,
  };
}

const NSWP = 'NSWP terminology guide';
const VA = 'US VA content style guide';

/** Words the built-in content must not use and an editor is warned about, with what to say instead. */
export const LANGUAGE_RULES: readonly TextRule[] = [
  term(
    'prostitute',
    /\bprostitut(?:e|es|ed|ion)\b/gi,
    '"sex worker" / "sex work" (outside a legal citation)',
    NSWP,
    legalCitation,
  ),
  term('hooker', /\b(?:hookers?|whores?)\b/gi, '"sex worker"', NSWP),
  // Lower case only: "John" is a name.
  term('john', /\bjohns?\b/g, '"client"', NSWP),
  term('pimp', /\bpimps?\b/gi, 'the actual role (manager, agent, partner)', NSWP),
  term('addict', /\baddicts?\b/gi, '"person who uses drugs"', VA),
  term(
    'committed-suicide',
    /\bcommit(?:ted|s)? suicide\b/gi,
    '"died by suicide"',
    'suicide safe messaging guidelines',
  ),
  term(
    'clean',
    /\b(?:tested|testing|tests|test|stay(?:s|ed|ing)?|got|get|being) clean\b/gi,
    '"tested negative" or "not using drugs"',
    VA,
  ),
  term(
    'substance-abuse',
    /\b(?:substance|drug|alcohol) abus(?:e|ers?)\b|\bdrug habit\b/gi,
    '"substance use" / "person who uses drugs"',
    VA,
  ),
];

// ---------------------------------------------------------------------------------------------
// Promises

const PROMISES = 'DOMAIN.md, "Promises a widget must never make for someone else"';

/** Absolute promises of confidentiality, anonymity or erased traces: no service can keep them. */
export const ABSOLUTE_PROMISE: TextRule = {
  id: 'absolute-promise',
  lang: 'en',
  description:
    'no absolute promise ("we never report", "completely confidential", "100% anonymous", "no records", "clears your history"; in Spanish "totalmente confidencial", "no guardamos registros", "borra tu historial"): state the limits',
  source: `${PROMISES}; DOMAIN.md, "Quick exit: the researched pattern and its honest limits"`,
  // An error everywhere: it is the line a visitor may act on.
  severity: { builtin: 'error', editor: 'error' },
  patterns: [
    /\b(?:completely|totally|fully|entirely|absolutely|strictly|always|guaranteed|100\s?%|one hundred per\s?cent)\s+(?:confidential|private|anonymous|secret|secure|untraceable|safe)\b/gi,
    /\bas\s+(?:confidential|private|anonymous|secret)\s+as\s+you\s+(?:need|want|like|wish)\b/gi,
    /\b(?:we|I|they|nobody|no one|no-one)\s+(?:will\s+|would\s+|shall\s+|can\s+)?(?:never|don['’]t|do not|won['’]t|will not|wouldn['’]t|would not|cannot|can['’]t)\s+(?:ever\s+)?(?:report|share|disclose|pass on|record|inform|tell (?:anyone|anybody|the police)|(?:call|contact) the police)\b/gi,
    /\b(?:nobody|no one|no-one)\s+(?:will|would|can|could)\s+(?:ever\s+)?(?:know|find out|see)\b/gi,
    /\b(?:keep|keeps|kept|take|takes|store|stores)\s+no\s+(?:records?|notes|logs?)\b|\bno\s+(?:records?|notes|logs?)\s+(?:are\s+|is\s+|will be\s+)?(?:kept|taken|stored|saved)\b|\bno records\b/gi,
    /\b(?:leaves?|leaving)\s+no\s+traces?\b|\bwithout\s+(?:a|any)\s+trace\b/gi,
    /\b(?:stays?|remains?|kept)\s+between\s+(?:us|you and (?:me|us|your (?:therapist|counsell?or)))\b|\bnever\s+leaves?\s+(?:this|the)\s+room\b/gi,
    /\b(?:clears?|clearing|erases?|erasing|deletes?|deleting|wipes?|wiping)\s+(?:all\s+)?(?:of\s+)?(?:your\s+|the\s+)?(?:browsing\s+|browser\s+|search\s+)?history\b/gi,
  ],
  message: (match) =>
    `"${match}" promises what no service can guarantee: say what is recorded, what must be reported and when`,
  allow: (ctx) => asking(ctx) || negated(ctx),
};

const ADJECTIVE = '(?:confidential|private|anonymous)';
const SERVICE =
  '(?:therapy|therapies|therapists?|counsell?ing|counsell?ors?|sessions?|services?|options?|support|help|helplines?|hotlines?|lines?|chats?|care|clinics?|platforms?|groups?|forums?|spaces?|environments?|appointments?|calls?|consultations?|organi[sz]ations?|networks?|apps?|video)';

/**
 * Built-in content never calls a kind of service confidential, private or anonymous: those are
 * facts about one service, with limits, and only that service can state them.
 */
export const SERVICE_PROMISE: TextRule = {
  id: 'service-promise',
  lang: 'en',
  description:
    'built-in content never calls a kind of service confidential, private or anonymous: it says what to ask',
  source: PROMISES,
  severity: { builtin: 'error' },
  patterns: [
    // "confidential options", "private, one-to-one sessions", "secure video"
    new RegExp(
      `\\b(?:${ADJECTIVE}|discreet|secure)(?:\\s*(?:,|and|or)\\s*(?:${ADJECTIVE}|discreet|secure|one-to-one|one-on-one))*,?\\s+(?:(?:online|one-to-one|one-on-one|video|phone|peer|text)\\s+)?${SERVICE}\\b`,
      'gi',
    ),
    // "online sessions can be as private as you need", "these groups are anonymous"
    new RegExp(
      `\\b${SERVICE}\\b(?:\\s+[\\w'’-]+){0,4}?\\s+(?:is|are|can be|will be|stays?|remains?|feels?|keeps? (?:you|your [\\w-]+)|becomes?)\\s+(?:(?!not\\b|never\\b)[\\w'’-]+\\s+){0,3}?${ADJECTIVE}\\b`,
      'gi',
    ),
    // "online if you need privacy"
    new RegExp(
      `\\b(?:online|${SERVICE})\\b[^.?!\\n]{0,40}?\\b(?:if|when|for)\\s+(?:you\\s+(?:need|want|value)\\s+)?(?:privacy|anonymity|confidentiality|discretion)\\b`,
      'gi',
    ),
  ],
  message: (match) =>
    `"${match}" calls a kind of service confidential, private or anonymous; only a particular service can say that, with its limits: say what to ask instead`,
  allow: (ctx) => asking(ctx) || negated(ctx),
};

// ---------------------------------------------------------------------------------------------
// Spanish: the same rules, in the words Spanish uses

const SPANISH = 'DOMAIN.md, "Spanish"';
const NSWP_ES = 'NSWP terminology guide, Spanish usage (NSWP, PLAPERTS, RedTraSex)';

/** The sentence asks about it: "pregunta si es confidencial", "¿Es anónimo?". */
const askingEs = (ctx: Context): boolean =>
  ctx.question ||
  /(?:^|[^\p{L}])(?:pregunt\p{L}*|(?:saber|averigu\p{L}+|consult\p{L}+|confirm\p{L}+)\s+si)(?![\p{L}])/iu.test(
    ctx.before,
  );

/** A negation just before the match: "no borra tu historial", "puede no ser confidencial". */
const negatedEs = (ctx: Context): boolean =>
  /(?:^|[^\p{L}])(?:no|nunca|jamás|tampoco|ni|sin|nada)(?:\s+[\p{L}'’-]+){0,2}[\s:;,]*$/iu.test(
    ctx.before,
  );

/**
 * Part of a law's name or a quotation: "la Ley de Reforma de la Prostitución de 2003", a
 * statute's title in quotation marks. As in English, the word is allowed only there.
 */
function legalCitationEs(ctx: Context): boolean {
  const quotes = (ctx.before.match(/"/g) ?? []).length;
  if (quotes % 2 === 1 && ctx.after.includes('"')) return true;
  for (const [open, close] of [
    ['“', '”'],
    ['«', '»'],
  ] as const) {
    if (ctx.before.lastIndexOf(open) > ctx.before.lastIndexOf(close) && ctx.after.includes(close))
      return true;
  }
  const lawWord = '(?:Ley|Código|Estatuto|Ordenanza|Decreto|Reglamento|Directiva)';
  const nameWord = "(?:\\p{Lu}[\\p{L}'’-]*|de|del|la|las|el|los|y|e|sobre|para|contra|\\d+)";
  return new RegExp(`(?:^|[^\\p{L}])${lawWord}(?:\\s+${nameWord})*\\s*$`, 'u').test(ctx.before);
}

/** Word boundaries that know accented letters (`\b` does not): ⟨ opens a word, ⟩ closes it. */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
/** A Spanish pattern: case-insensitive, Unicode, with ⟨ and ⟩ as word boundaries. */
const es = (source: string): RegExp => new RegExp(source.replace(/⟨/g, B).replace(/⟩/g, E), 'giu');

/** Spanish words the built-in content must not use and an editor is warned about. */
export const SPANISH_LANGUAGE_RULES: readonly TextRule[] = [
  term(
    'prostituta',
    es('⟨prostitu(?:ta|tas|to|tos|ción)⟩'),
    '"trabajadora sexual" / "trabajo sexual" (outside a legal citation)',
    NSWP_ES,
    (ctx) => legalCitationEs(ctx) && !/en situación de\s*$/i.test(ctx.before),
    'es',
  ),
  term(
    'prostituida',
    es(
      '⟨(?:mujeres|personas|niñas|niños|hombres)\\s+prostituid(?:a|as|o|os)⟩|⟨prostituid(?:a|as|o|os)⟩',
    ),
    '"personas que ejercen el trabajo sexual" (the abolitionist framing treats the work as done to them)',
    NSWP_ES,
    undefined,
    'es',
  ),
  term(
    'situacion-de-prostitucion',
    es('⟨en\\s+(?:situación|contexto)\\s+de\\s+prostitución⟩'),
    '"que ejercen el trabajo sexual" (an abolitionist framing)',
    NSWP_ES,
    undefined,
    'es',
  ),
  term('meretriz', es('⟨meretri(?:z|ces)⟩'), '"trabajadora sexual"', NSWP_ES, undefined, 'es'),
  term(
    'trabajador-sexual-comercial',
    es(
      '⟨(?:trabajador|trabajadora|trabajadores|trabajadoras)\\s+sexual(?:es)?\\s+comercial(?:es)?⟩',
    ),
    '"trabajadora sexual" / "trabajador sexual"',
    NSWP_ES,
    undefined,
    'es',
  ),
  term(
    'puta',
    es('⟨(?:putas?|rameras?|zorras?)⟩'),
    '"trabajadora sexual"',
    NSWP_ES,
    undefined,
    'es',
  ),
  term(
    'proxeneta',
    es('⟨(?:proxenetas?|chulos?|padrotes?)⟩'),
    'the actual role (encargado, agente, pareja)',
    NSWP_ES,
    undefined,
    'es',
  ),
  term(
    'adicto',
    es('⟨(?:adict(?:o|a|os|as)|drogadict(?:o|a|os|as))⟩'),
    '"persona que usa drogas"',
    VA,
    undefined,
    'es',
  ),
  term(
    'cometio-suicidio',
    es('⟨comet(?:ió|ieron|er|e|en|ido)\\s+(?:un\\s+)?suicidio⟩'),
    '"murió por suicidio"',
    'suicide safe messaging guidelines',
    undefined,
    'es',
  ),
  term(
    'abuso-de-sustancias',
    es('⟨abuso\\s+de\\s+(?:sustancias|drogas|alcohol)⟩'),
    '"uso de sustancias" / "persona que usa drogas"',
    VA,
    undefined,
    'es',
  ),
  term(
    'trata',
    // "la trata" / "trata de personas" in the sentence that names sex work, with no word that
    // sets them apart (no, distinto, diferente, confundir).
    es(
      '(?=[^.?!\\n]*⟨(?:la\\s+trata|trata\\s+de\\s+personas|trata\\s+con\\s+fines)⟩)(?=[^.?!\\n]*⟨trabaj\\p{L}*\\s+sexual\\p{L}*)(?![^.?!\\n]*⟨(?:no|distint[ao]s?|diferentes?|confundir)⟩)(?<![^.?!\\n])[^.?!\\n]+',
    ),
    'words that keep trafficking (force, fraud, coercion) apart from sex work',
    `${NSWP_ES}; DOMAIN.md, "Language": trafficking is never conflated with sex work`,
    undefined,
    'es',
  ),
];

/** Spanish absolute promises of confidentiality, anonymity or erased traces. */
export const SPANISH_ABSOLUTE_PROMISE: TextRule = {
  ...ABSOLUTE_PROMISE,
  lang: 'es',
  source: `${ABSOLUTE_PROMISE.source}; ${SPANISH}`,
  patterns: [
    // "totalmente confidencial", "100 % anónimo", "completamente privadas"
    es(
      '⟨(?:total|complet|absolut|estrict|plen|entera|garantizada)(?:amente|mente)\\s+(?:confidencial(?:es)?|privad[oa]s?|anónim[oa]s?|secret[oa]s?|segur[oa]s?|inrastreables?)⟩|(?:100\\s?%|⟨cien\\s+por\\s+ciento)\\s+(?:confidencial(?:es)?|privad[oa]s?|anónim[oa]s?|secret[oa]s?|segur[oa]s?)⟩',
    ),
    // "confidencialidad total", "anonimato garantizado", "total privacidad"
    es(
      '⟨(?:confidencialidad|privacidad|anonimato|discreción|secreto)\\s+(?:total|absolut[oa]|garantizad[oa]|complet[oa]|plen[oa]|del\\s+100\\s?%)⟩|⟨(?:total|absolut[oa]|complet[oa]|plen[oa])\\s+(?:confidencialidad|privacidad|anonimato|discreción)⟩|⟨(?:anónim[oa]s?|confidencial(?:es)?|privad[oa]s?)\\s+garantizad[oa]s?⟩',
    ),
    // "garantizamos tu anonimato", "te garantizamos la confidencialidad"
    es(
      '⟨(?:te\\s+|les?\\s+)?garantiz(?:amos|a|an|o)\\s+(?:tu|su|el|la|total|absoluta)\\s+(?:total\\s+)?(?:anonimato|confidencialidad|privacidad|discreción)⟩',
    ),
    // "no guardamos registros", "no se guarda ningún registro", "no llevamos notas"
    es(
      '⟨no\\s+(?:se\\s+)?(?:guard|conserv|llev|tom|almacen)(?:amos|a|an|o)\\s+(?:ningún\\s+|ninguna\\s+|ningunos?\\s+)?(?:registros?|notas|datos|expedientes?|historial)⟩|⟨sin\\s+(?:ningún\\s+)?(?:registros?|expedientes?)⟩|⟨no\\s+(?:queda|quedan|hay)\\s+(?:ningún\\s+)?(?:registros?|rastros?)⟩',
    ),
    // "nunca reportamos", "jamás llamamos a la policía", "no informamos a nadie"
    es(
      '⟨(?:nunca|jamás)\\s+(?:lo\\s+|te\\s+|se\\s+lo\\s+)?(?:report|denunci|inform|compart|revel|avis|comunic|cont|dec|dir)\\p{L}*(?:\\s+(?:nada|a\\s+nadie|a\\s+la\\s+policía))?⟩|⟨(?:nunca|jamás)\\s+(?:llam|avis|contact)\\p{L}*\\s+a\\s+la\\s+policía⟩|⟨no\\s+(?:report|denunci|inform|compart|revel)(?:amos|an)\\s+(?:nada|a\\s+nadie)⟩|⟨no\\s+(?:se\\s+lo\\s+)?(?:diremos|contaremos)\\s+a\\s+nadie⟩',
    ),
    // "nadie lo sabrá", "nadie se enterará"
    es(
      '⟨nadie\\s+(?:lo\\s+)?(?:sabrá|se\\s+enterará|podrá\\s+(?:saber|ver))⟩|⟨nadie\\s+(?:lo\\s+)?va\\s+a\\s+saber⟩',
    ),
    // "sin dejar rastro", "no deja rastro"
    es(
      '⟨sin\\s+dejar\\s+(?:ningún\\s+)?rastros?⟩|⟨no\\s+dej(?:a|as|an|amos)\\s+(?:ningún\\s+)?rastros?⟩',
    ),
    // "queda entre nosotros", "se queda entre tú y yo", "no sale de esta sala"
    es(
      '⟨(?:se\\s+)?(?:queda|quedan|quedará|quedarán)\\s+entre\\s+(?:nosotros|nosotras|nosotres|tú\\s+y\\s+yo|tú\\s+y\\s+tu\\s+terapeuta)⟩|⟨no\\s+sale\\s+de\\s+(?:aquí|esta\\s+sala|este\\s+consultorio)⟩',
    ),
    // a quick exit that "borra": "borra tu historial", "elimina todo rastro", "limpia tu navegación"
    es(
      '⟨(?:borr|elimin|limpi|suprim)(?:a|as|an|ará|arán|ar|amos)\\s+(?:por\\s+completo\\s+)?(?:todo\\s+|toda\\s+|todos\\s+)?(?:tu\\s+|tus\\s+|el\\s+|la\\s+|los\\s+|su\\s+)?(?:historial|rastros?|huellas?|navegación|búsquedas|registros?)⟩|⟨(?:borr|elimin)(?:a|an|ará|arán)\\s+todo⟩',
    ),
  ],
  allow: (ctx) => askingEs(ctx) || negatedEs(ctx),
};

const ADJECTIVE_ES = '(?:confidencial(?:es)?|privad[oa]s?|anónim[oa]s?)';
const SERVICE_ES =
  '(?:terapias?|terapeutas?|sesión|sesiones|servicios?|opciones?|apoyo|ayuda|líneas?|chats?|atención|clínicas?|consultorios?|plataformas?|grupos?|foros?|espacios?|citas?|llamadas?|consultas?|organizaciones?|redes?|aplicaciones?|apps?|videollamadas?)';

/** Built-in Spanish never calls a kind of service confidential, private or anonymous. */
export const SPANISH_SERVICE_PROMISE: TextRule = {
  ...SERVICE_PROMISE,
  lang: 'es',
  source: `${PROMISES}; ${SPANISH}`,
  patterns: [
    // "sesiones confidenciales", "terapia en línea privada"
    es(
      `⟨${SERVICE_ES}(?:\\s+(?:en\\s+línea|por\\s+video|individuales?|de\\s+pares))?\\s+${ADJECTIVE_ES}⟩`,
    ),
    // "la terapia es confidencial", "los grupos pueden ser anónimos"; "puede no ser" is not
    es(
      `⟨${SERVICE_ES}⟩(?:\\s+(?!no⟩|nunca⟩)[\\p{L}'’-]+){0,4}?\\s+(?:es|son|será|serán|puede\\s+ser|pueden\\s+ser|queda|quedan|se\\s+mantiene|se\\s+mantienen)\\s+(?:(?!no⟩|nunca⟩)[\\p{L}'’-]+\\s+){0,2}?${ADJECTIVE_ES}⟩`,
    ),
  ],
  allow: (ctx) => askingEs(ctx) || negatedEs(ctx),
};

/** Every rule that reads text, in the order findings are reported. */
export const TEXT_RULES: readonly TextRule[] = [
  ...LANGUAGE_RULES,
  ABSOLUTE_PROMISE,
  SERVICE_PROMISE,
  ...SPANISH_LANGUAGE_RULES,
  SPANISH_ABSOLUTE_PROMISE,
  SPANISH_SERVICE_PROMISE,
];

/** The sentence around `start`-`end` in `text`: its text before and after the match. */
function around(text: string, start: number, end: number): Context {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return {
    match: text.slice(start, end),
    before: text.slice(s, start),
    after: text.slice(end, e),
    question: text[e] === '?',
  };
}

/**
 * Runs every text rule of `scope` for the language `lang` (a BCP 47 tag; English when absent) on
 * `text`. Findings are in order of position.
 */
export function checkText(text: string, scope: Scope, lang = 'en'): Finding[] {
  const found: Finding[] = [];
  const language = ruleLanguage(lang);
  for (const rule of TEXT_RULES) {
    if (rule.lang !== language) continue;
    const severity = rule.severity[scope];
    if (!severity) continue;
    const taken: Array<[number, number]> = [];
    for (const pattern of rule.patterns) {
      for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        if (rule.allow?.(around(text, start, end))) continue;
        taken.push([start, end]);
        found.push({
          rule: rule.id,
          severity,
          message: rule.message(m[0]),
          offset: start,
          length: m[0].length,
        });
      }
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

// ---------------------------------------------------------------------------------------------
// Rules about the elements an editor wrote

const LINKS = 'DOMAIN.md, "Privacy: leave no trace" (links are https:, tel: or mailto:)';

/** The rules that check an element rather than its words. */
export const ELEMENT_RULES: readonly RuleInfo[] = [
  {
    id: 'https-only',
    description: 'links are https: (or tel:, mailto:); the widgets drop anything else',
    source: LINKS,
    severity: { editor: 'error' },
  },
  {
    id: 'review-date',
    description: 'an editor\'s own card carries reviewed="YYYY-MM-DD"',
    source:
      'DOMAIN.md, "Myths-versus-facts cards: lead with the fact" (show each card\'s sources and the date it was last reviewed)',
    severity: { editor: 'warning' },
  },
  {
    id: 'unknown-id',
    description: 'content ids, area ids and table names are built-in ones',
    source:
      'DOMAIN.md, "Source material" (the built-in content); a wrong id shows a note instead of the card',
    severity: { editor: 'error' },
  },
  {
    id: 'renamed-id',
    description: 'an id that was renamed still works, but use the new one',
    source: 'DOMAIN.md, "Source material" (the built-in content)',
    severity: { editor: 'warning' },
  },
  {
    id: 'unknown-topic',
    description: 'a topic is one of the built-in topics',
    source: 'DOMAIN.md, "Source material" (the built-in content)',
    severity: { editor: 'error' },
  },
  {
    id: 'invalid-json',
    description: 'a JSON child parses',
    source: 'docs/practices.md, "Details as JSON"; the widget would show a note instead',
    severity: { editor: 'error' },
  },
];

/** Every rule, text and element, with its source: for documentation and `--format json`. */
export const RULES: readonly RuleInfo[] = [
  // A rule read in both languages (absolute-promise) is listed once, with its English source.
  ...TEXT_RULES.filter((r, i) => TEXT_RULES.findIndex((o) => o.id === r.id) === i).map(
    ({ id, description, source, severity }) => ({ id, description, source, severity }),
  ),
  ...ELEMENT_RULES,
];

/** A value an editor wrote, and where it starts in the page. */
export interface Located {
  value: string;
  /** Offset of the value's first character in the page. */
  offset: number;
  /** Whether the value appears in the page exactly as written (no character references). */
  exact: boolean;
  /** The nearest `lang` of a run of text, when it differs from its element's. */
  lang?: string;
}

/** A `<haven-*>` element as the linter sees it. */
export interface ElementModel {
  tag: string;
  offset: number;
  /** The nearest `lang`: the element's own, an ancestor's, or `<html lang>` ('' when none). */
  lang?: string;
  /** Attributes by lower-case name. */
  attrs: Record<string, Located>;
  /** Its own text (not that of `<haven-*>` elements inside it), in runs; a block boundary is a run with the value "\n". */
  text: Located[];
  /** The `href` of each link inside it. */
  links: Located[];
  /** The text of each `<script type="application/json">` child. */
  json: Located[];
  /** The names of the slots its children fill. */
  slots: string[];
}

/** The built-in content the element rules check ids and topics against. */
export interface Known {
  mythIds: readonly string[];
  /** Old ids of renamed items, to their new id. */
  renamed: Readonly<Record<string, string>>;
  topics: readonly string[];
  /** Row ids (without the table's name) of each built-in table. */
  tables: Readonly<Record<string, readonly string[]>>;
}

const severityOf = (id: string): Severity =>
  ELEMENT_RULES.find((r) => r.id === id)!.severity.editor!;

/** Attributes that hold an address. */
const URL_ATTRIBUTES = new Set(['href', 'url', 'website', 'booking', 'link', 'src']);
/**
 * HTML's own attributes, which hold names and keywords rather than words for a visitor. Each
 * element declares its own such attributes, and the checks on their values, in its folder
 * (`lint` in components/<name>/<name>.element.ts, generated into src/generated/lint.ts).
 */
const HTML_KEYWORDS = ['class', 'id', 'slot', 'lang', 'dir', 'part'];
/** JSON keys that hold an address. */
const URL_KEYS = new Set(['url', 'href', 'website', 'booking', 'link']);

/** Why an address is not allowed, or null. Relative addresses are the page's own and fine. */
function addressProblem(value: string): string | null {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme || ['https', 'tel', 'mailto'].includes(scheme)) return null;
  if (scheme === 'http') {
    return `"${value.trim()}" is an http: link: use https:, or the widget leaves it out`;
  }
  return `"${value.trim()}" is a ${scheme}: link: only https:, tel: and mailto: links are kept`;
}

/** Maps an offset in `runs` joined together to an offset in the page. */
function pageOffset(runs: Located[], index: number): number {
  let start = 0;
  for (const run of runs) {
    const end = start + run.value.length;
    if (index < end || run === runs[runs.length - 1]) {
      return run.exact ? run.offset + Math.max(0, index - start) : run.offset;
    }
    start = end;
  }
  return 0;
}

/**
 * The text rules of the editor scope over some runs of text, with page offsets: each stretch of
 * runs in one language (the run's own `lang`, else `lang`) is read by that language's rules.
 */
function checkRuns(runs: Located[], lang = ''): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < runs.length;) {
    const language = runs[i]!.lang ?? lang;
    let j = i;
    while (j < runs.length && (runs[j]!.lang ?? lang) === language) j++;
    const stretch = runs.slice(i, j);
    const joined = stretch.map((r) => r.value).join('');
    for (const f of checkText(joined, 'editor', language)) {
      out.push({ ...f, offset: pageOffset(stretch, f.offset) });
    }
    i = j;
  }
  return out;
}

const finding = (rule: string, message: string, at: Located, length = at.value.length) => ({
  rule,
  severity: severityOf(rule),
  message,
  offset: at.offset,
  length,
});

/** Strings in a parsed JSON value, with their keys. */
function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const v of value) yield* strings(v, key);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, k);
  }
}

/**
 * Checks the ids in a space- or comma-separated attribute against `ids` (also accepted with
 * `prefix`, as in "barriers/cost") and the renamed ids.
 */
function checkIds(
  at: Located,
  ids: readonly string[],
  known: Known,
  what: string,
  prefix = '',
): Finding[] {
  const out: Finding[] = [];
  for (const m of at.value.matchAll(/[^\s,]+/g)) {
    const id = m[0];
    const here: Located = { ...at, offset: at.exact ? at.offset + m.index : at.offset };
    if (
      ids.includes(id) ||
      (prefix && ids.includes(id.slice(prefix.length)) && id.startsWith(prefix))
    ) {
      continue;
    }
    const now = known.renamed[id] ?? known.renamed[prefix + id];
    if (now) {
      out.push(finding('renamed-id', `"${id}" is now "${now}": use the new id`, here, id.length));
    } else {
      const list = ids.join(', ');
      out.push(finding('unknown-id', `unknown ${what} "${id}"; known: ${list}`, here, id.length));
    }
  }
  return out;
}

/** Runs every rule of the editor scope on one element. Findings are in order of position. */
export function checkElement(el: ElementModel, known: Known): Finding[] {
  const out: Finding[] = [];
  const facts = lintFacts[el.tag] ?? {};
  const keywords = new Set([...HTML_KEYWORDS, ...(facts.keywords ?? [])]);
  for (const [name, at] of Object.entries(el.attrs)) {
    if (URL_ATTRIBUTES.has(name) || /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(at.value)) {
      const problem = addressProblem(at.value);
      if (problem) out.push(finding('https-only', `${name}: ${problem}`, at));
    } else if (!keywords.has(name) && !name.startsWith('aria-') && !name.startsWith('data-')) {
      out.push(...checkRuns([at], el.lang));
    }
  }
  const { attrs } = el;
  for (const [name, check] of Object.entries(facts.checks ?? {})) {
    const at = attrs[name];
    if (!at) continue;
    // "ids" names each one an "id", "areas" an "area".
    const what = name.replace(/s$/, '');
    if (check === 'myth-ids') out.push(...checkIds(at, known.mythIds, known, what));
    if (check === 'topic') {
      const { unknown } = readTopic(at.value, known.topics);
      if (unknown)
        out.push(
          finding(
            'unknown-topic',
            `unknown topic "${unknown}"; use one of: ${known.topics.join(', ')}`,
            at,
          ),
        );
    }
    // The table the element's `table` attribute names, the well-being table when unset.
    const tableAt = Object.keys(facts.checks!).find((n) => facts.checks![n] === 'table');
    const table = (tableAt && attrs[tableAt]?.value.trim()) || 'wellbeing';
    const rows = known.tables[table];
    if (check === 'table' && !rows) {
      const names = Object.keys(known.tables).join(', ');
      out.push(finding('unknown-id', `unknown table "${table}"; use one of: ${names}`, at));
    }
    if (check === 'table-rows' && rows) out.push(...checkIds(at, rows, known, what, `${table}/`));
  }
  const own = facts.reviewed;
  const ownCard = own && !attrs[own.without] && el.slots.includes(own.slot);
  if (ownCard) {
    const reviewed = attrs.reviewed?.value.trim() ?? '';
    const at: Located = attrs.reviewed ?? { value: `<${el.tag}>`, offset: el.offset, exact: true };
    if (!reviewed) {
      out.push(
        finding(
          'review-date',
          'your own card has no review date: add reviewed="YYYY-MM-DD" (the day you last checked it against its source)',
          at,
        ),
      );
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed) || Number.isNaN(Date.parse(reviewed))) {
      out.push(
        finding('review-date', `reviewed="${reviewed}" is not a date written YYYY-MM-DD`, at),
      );
    }
  }
  out.push(...checkRuns(el.text, el.lang));
  for (const link of el.links) {
    const problem = addressProblem(link.value);
    if (problem) out.push(finding('https-only', problem, link));
  }
  for (const script of el.json) {
    let data: unknown;
    try {
      data = JSON.parse(script.value);
    } catch (err) {
      out.push(
        finding(
          'invalid-json',
          `the JSON child does not parse: ${(err as Error).message}`,
          script,
          1,
        ),
      );
      continue;
    }
    let cursor = 0;
    for (const [key, value] of strings(data)) {
      // Find the string where it is written, to point at it; JSON escapes may hide it.
      const written = JSON.stringify(value).slice(1, -1);
      const index = script.value.indexOf(written, cursor);
      const found = index >= 0 && script.exact;
      if (index >= 0) cursor = index + written.length;
      const at: Located = {
        value,
        offset: found ? script.offset + index : script.offset,
        exact: found && written === value,
      };
      if (URL_KEYS.has(key) || /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        const problem = addressProblem(value);
        if (problem) out.push(finding('https-only', `${key || 'value'}: ${problem}`, at));
      } else {
        out.push(...checkRuns([at], el.lang));
      }
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
