/**
 * Translation parity for the content compiler: every English item has a translation in each other
 * locale, with the same id, sources, review date and structure (topics, order, kind, short), a
 * named translator and a review status, and no term the locale's language rules forbid. Each
 * problem names the file, the line and the rule, and each rule names its source.
 */
import matter from 'gray-matter';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS } from './content-compiler.js';

/** Where the parity rules come from. */
const PARITY_SOURCE = 'DOMAIN.md, "Spanish": keep sources and review dates the same';

/** A term to avoid in one locale, what to say instead, and whose guidance says so. */
export interface TermRule {
  /** A short name, shown with each failure. */
  rule: string;
  pattern: RegExp;
  instead: string;
  source: string;
}

const ES_SOURCE = 'DOMAIN.md, "Spanish" (NSWP Spanish pages, PLAPERTS, RedTraSex)';

/**
 * Spanish terms the built-in content must not use. A sentence may still name trafficking
 * ("la trata"): only one that sets it beside sex work without saying they differ is an error.
 */
export const SPANISH_TERM_RULES: readonly TermRule[] = [
  {
    rule: 'es/prostituta',
    pattern: /\bprostitut[ao]s?\b/i,
    instead: '"persona que ejerce el trabajo sexual" o "trabajadora o trabajador sexual"',
    source: `${ES_SOURCE}: a pejorative used by outsiders`,
  },
  {
    rule: 'es/prostituida',
    pattern: /\b(?:mujer|mujeres|persona|personas)\s+prostituid[ao]s?\b/i,
    instead: '"personas que ejercen el trabajo sexual"',
    source: `${ES_SOURCE}: an abolitionist framing`,
  },
  {
    rule: 'es/situacion-de-prostitucion',
    pattern: /\ben\s+situaci[oó]n\s+de\s+prostituci[oó]n\b/i,
    instead: '"que ejerce el trabajo sexual"',
    source: `${ES_SOURCE}: an abolitionist framing`,
  },
  {
    rule: 'es/meretriz',
    pattern: /\bmeretri(?:z|ces)\b/i,
    instead: '"trabajadora o trabajador sexual"',
    source: ES_SOURCE,
  },
  {
    rule: 'es/trabajador-sexual-comercial',
    pattern: /\btrabajador(?:a|es|as)?\s+sexual(?:es)?\s+comercial(?:es)?\b/i,
    instead: '"trabajadora o trabajador sexual"',
    source: ES_SOURCE,
  },
  {
    rule: 'es/servicio-confidencial',
    // A kind of service called confidential, private or anonymous ("opciones confidenciales",
    // "la terapia en línea es privada"); "los límites de la confidencialidad" is what to ask.
    pattern:
      /\b(?:terapias?|servicios?|opci[oó]n(?:es)?|sesi[oó]n(?:es)?|consejer[ií]as?|l[ií]neas?|atenci[oó]n|chats?)\b(?:\s+[\wáéíóúñ]+){0,3}?\s+(?:confidencial(?:es)?|privad[ao]s?|an[oó]nim[ao]s?)(?![\wáéíóúñ])/i,
    instead:
      'say what to ask ("pregunta qué tendrían que reportar"): confidentiality is a fact about one service, and has limits',
    source: 'DOMAIN.md, "Promises a widget must never make for someone else"',
  },
  {
    rule: 'es/trata-no-es-trabajo-sexual',
    // "la trata" / "trata de personas" in the same sentence as sex work, with no word that
    // sets them apart (no, distinto, diferente, confundir).
    pattern:
      /(?=[^.?!]*\b(?:la\s+trata|trata\s+de\s+personas|trata\s+con\s+fines)\b)(?=[^.?!]*\btrabaj\w*\s+sexual\w*)(?![^.?!]*\b(?:no|distint[ao]s?|diferentes?|confundir)\b)[^.?!]+/i,
    instead: 'say that trafficking (force, fraud, coercion) is not sex work, or keep them apart',
    source: `${ES_SOURCE}; DOMAIN.md, "Language": trafficking is never conflated with sex work`,
  },
];

/** The term rules of each translated locale. */
export const TERM_RULES: Readonly<Record<string, readonly TermRule[]>> = { es: SPANISH_TERM_RULES };

export interface TranslationProblem {
  file: string;
  /** 1-based line in the file. */
  line: number;
  field: string;
  message: string;
  /** The rule's name. */
  rule: string;
}

/** Front-matter fields that must be the same in a translation as in the English item. */
const SAME = ['id', 'formerly', 'sources', 'reviewed', 'topics', 'order', 'kind', 'short'] as const;

const REVIEW = /^(?:pending|.+, \d{4}-\d{2}-\d{2})$/;

/** A value comparable across files: gray-matter reads dates as Date objects. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : v,
  ) ?? 'absent';

/** The 1-based line of `field:` in a file's front matter, else 1. */
function fieldLine(lines: string[], field: string): number {
  const i = lines.findIndex((l) => l.startsWith(`${field}:`));
  return i + 1 || 1;
}

/** Finds each term in the file's text, line by line, so a failure can name the line. */
export function checkTerms(
  text: string,
  rules: readonly TermRule[],
  file: string,
): TranslationProblem[] {
  const out: TranslationProblem[] = [];
  text.split('\n').forEach((line, i) => {
    // Front-matter keys and source lines are not words a visitor reads in this language.
    if (/^\s*(?:-\s*)?(?:seed|url|title|guideline|id|sources|reviewed|translated):/.test(line))
      return;
    for (const r of rules) {
      const hit = line.match(r.pattern);
      if (hit) {
        out.push({
          file,
          line: i + 1,
          field: 'text',
          message: `"${hit[0].trim()}": use ${r.instead} instead (${r.source})`,
          rule: r.rule,
        });
      }
    }
  });
  return out;
}

/**
 * Checks the translations in `contentDir/<locale>/` against `contentDir/en/`. Returns every
 * problem; an empty list means the locale is complete and consistent.
 */
export function checkTranslations(
  contentDir: string,
  locale: string,
  localeDir: string = join(contentDir, locale),
): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const rules = TERM_RULES[locale] ?? [];
  const rel = (path: string) => relative(process.cwd(), path) || path;
  for (const { name } of COLLECTIONS) {
    const enDir = join(contentDir, 'en', name);
    const dir = join(localeDir, name);
    const list = (d: string) =>
      existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.md')) : [];
    const english = list(enDir);
    const translated = list(dir);
    for (const slug of english.filter((f) => !translated.includes(f))) {
      problems.push({
        file: rel(join(dir, slug)),
        line: 1,
        field: 'file',
        message: `is missing: ${rel(join(enDir, slug))} has no ${locale} translation (${PARITY_SOURCE})`,
        rule: 'translation/missing',
      });
    }
    for (const slug of translated) {
      const file = rel(join(dir, slug));
      const raw = readFileSync(join(dir, slug), 'utf8');
      const lines = raw.split('\n');
      problems.push(...checkTerms(raw, rules, file));
      if (!english.includes(slug)) {
        problems.push({
          file,
          line: 1,
          field: 'file',
          message: `has no English item ${rel(join(enDir, slug))}: translate an existing item, or add the English first (${PARITY_SOURCE})`,
          rule: 'translation/orphan',
        });
        continue;
      }
      let data: Record<string, unknown>;
      let en: Record<string, unknown>;
      try {
        data = matter(raw).data;
        en = matter(readFileSync(join(enDir, slug), 'utf8')).data;
      } catch {
        continue; // The schema check reports unreadable front matter.
      }
      for (const field of SAME) {
        if (canonical(data[field]) !== canonical(en[field])) {
          problems.push({
            file,
            line: fieldLine(lines, field),
            field,
            message: `differs from the English item (${canonical(en[field])}); a translation keeps it the same (${PARITY_SOURCE})`,
            rule: `translation/same-${field}`,
          });
        }
      }
      if (typeof data.translated !== 'string' || !data.translated.trim()) {
        problems.push({
          file,
          line: fieldLine(lines, 'translated'),
          field: 'translated',
          message: 'must name who translated the item (a person or a team)',
          rule: 'translation/translated',
        });
      }
      if (!REVIEW.test(String(data['translation-review'] ?? ''))) {
        problems.push({
          file,
          line: fieldLine(lines, 'translation-review'),
          field: 'translation-review',
          message: 'must be "pending", or who reviewed it and when: "Name, YYYY-MM-DD"',
          rule: 'translation/review',
        });
      }
    }
  }
  return problems;
}
