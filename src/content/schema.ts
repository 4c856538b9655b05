/**
 * The content schema: what a built-in item must carry, and the checks the build-time compiler
 * runs on every file under `content/`. Runtime code imports only the types and constants.
 */

/** Topics a myth/fact item can belong to; `<haven-myth-facts topic="…">` filters by these. */
export const TOPICS = [
  'therapy',
  'stigma',
  'identity',
  'trauma',
  'safety',
  'relationships',
  'work',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * The sources the built-in content cites, by the readable key a content file uses
 * (`seed: guidelines`). `file` is the seed document in `../shared/seeds/` the key stands for;
 * `title` is what a visitor sees: something they can find and judge (DOMAIN.md, "How to name the
 * sources to a visitor"). `advice` marks a line that is general advice, not from any document.
 * In a translation, a document's own title (`doc`) stays as written, in English, and what
 * describes it is translated (`content/<locale>/sources.ts`, by key); a source with no title of
 * its own is all description.
 */
export const SEEDS: Readonly<Record<string, { file?: string; title: string; doc?: string }>> = {
  'male-sex-workers': {
    file: '000_723dae6f6cabe5fe.txt',
    title:
      "An untitled online article on gender expectations and male sex workers' psychological health",
  },
  'psychology-today-2023': {
    file: '001_f62397cb1218a198.txt',
    title:
      'How Therapists Can Support Their Sex Worker Clients (Psychology Today blog post, January 2023)',
    doc: 'How Therapists Can Support Their Sex Worker Clients',
  },
  'ithy-2025': {
    file: '002_e30fa6bd820893b4.txt',
    title:
      'Building Well-Being Through Coping in Sex Work (an AI-generated summary page, Ithy, February 2025)',
    doc: 'Building Well-Being Through Coping in Sex Work',
  },
  guidelines: {
    file: '003_58e2f37fca91ea63.txt',
    // The document's own title, as it heads the document, so it can be looked up.
    title:
      'Guidelines: Mental Health Professionals Working with Individuals Involved in the Sex Trade (Katherine Koster with Cassandra Avanneti)',
    doc: 'Guidelines: Mental Health Professionals Working with Individuals Involved in the Sex Trade',
  },
  'grey-insight': {
    file: '004_ce158d49915466ca.txt',
    title:
      'Why Sex Workers Are Turning to Online Therapy for Support (Grey Insight, a counseling practice, about its own service)',
    doc: 'Why Sex Workers Are Turning to Online Therapy for Support',
  },
  advice: {
    title: 'General advice, not from a published source',
  },
};

/**
 * A built-in source as a visitor reads it in `locale`: English as it is; in a translation, the
 * document's own title marked English (`lang: 'en'`) with the locale's description after it, or
 * the locale's description alone. `described` is the locale's descriptions by seed key
 * (`content/<locale>/sources.ts`); a source it does not describe comes back as it is.
 */
export function localSource(
  source: Source,
  locale: string,
  described: Readonly<Record<string, string>> = {},
): Source {
  const key = Object.keys(SEEDS).find((k) => SEEDS[k]!.title === source.title);
  const seed = key ? SEEDS[key] : undefined;
  const note = key ? described[key] : undefined;
  if (locale === 'en' || !seed || !note) return source;
  return seed.doc
    ? { ...source, title: seed.doc, lang: 'en', note }
    : { ...source, title: note, lang: locale };
}

/** The source whose citations may name a guideline. */
export const GUIDELINE_SEED = 'guidelines';

/** A source as the elements show it. */
export interface Source {
  /** The document's title. */
  title: string;
  /** The language of `title` when a translated item keeps it as written (e.g. `en`). */
  lang?: string;
  /** What describes the document, after its title in brackets (translated items). */
  note?: string;
  /** An https address, when the source is online. */
  url?: string;
  /** Numbers of the practice guidelines cited, e.g. ["3", "4"]. */
  guidelines?: string[];
  /** Whether `guidelines` are the partners-and-couples guidelines. */
  couples?: boolean;
}

/** A built-in myth/fact item, as compiled. */
export interface MythItem {
  /** `myths/<slug>` */
  id: string;
  /** The fact, short enough to be a heading. */
  fact: string;
  /** The myth, one sentence. */
  myth: string;
  topics: Topic[];
  sources: Source[];
  /** ISO date the item was last reviewed. */
  reviewed: string;
  /** The explanation as trusted HTML, produced by the compiler only. */
  html: string;
  /** Ids this item had before it was renamed; they still find it, with a console note. */
  formerly?: string[];
}

/** One problem found in a content file. */
export interface ContentIssue {
  field: string;
  message: string;
  /** The content rule broken, if a rule of `src/lint/rules.ts`. */
  rule?: string;
  /** Where in the field's value, when known. */
  offset?: number;
}

/** A plain object (not null, not an array): what JSON input must be before its fields are read. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Checks an https address; returns an issue message, or null when it is acceptable. */
export function checkHttpsUrl(value: unknown): string | null {
  if (!text(value)) return 'must be an https:// address';
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? null : `"${value}" is not an https:// address`;
  } catch {
    return `"${value}" is not a valid address`;
  }
}

/** Validates and normalises a `sources` list. */
export function checkSources(value: unknown, issues: ContentIssue[]): Source[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ field: 'sources', message: 'needs at least one source' });
    return [];
  }
  const out: Source[] = [];
  value.forEach((raw, i) => {
    const field = `sources[${i}]`;
    if (!isRecord(raw)) {
      issues.push({ field, message: 'must be a mapping with `seed` or `url`' });
      return;
    }
    if (raw.seed !== undefined) {
      const seed = String(raw.seed);
      const title = SEEDS[seed]?.title;
      if (!title) {
        issues.push({
          field: `${field}.seed`,
          message: `unknown seed "${seed}"; known: ${Object.keys(SEEDS).join(', ')}`,
        });
        return;
      }
      const source: Source = { title };
      if (raw.guideline !== undefined) {
        const g = String(raw.guideline);
        if (seed !== GUIDELINE_SEED) {
          issues.push({
            field: `${field}.guideline`,
            message: `only ${GUIDELINE_SEED} has guidelines`,
          });
          return;
        }
        if (!/^(?:[1-9]|10|couples [1-5])$/.test(g)) {
          issues.push({
            field: `${field}.guideline`,
            message: `"${g}" is not a guideline; use "1"-"10" or "couples 1"-"couples 5"`,
          });
          return;
        }
        if (g.startsWith('couples ')) source.couples = true;
        // Several guidelines of the same set read as one source: "guidelines 3, 4".
        const same = out.find((o) => o.title === title && o.couples === source.couples);
        const n = g.replace('couples ', '');
        if (same) {
          same.guidelines!.push(n);
          return;
        }
        source.guidelines = [n];
      } else if (out.some((o) => o.title === title && !o.guidelines)) {
        issues.push({ field: `${field}.seed`, message: `"${seed}" is listed twice` });
        return;
      }
      out.push(source);
    } else if (raw.url !== undefined) {
      const problem = checkHttpsUrl(raw.url);
      if (problem) issues.push({ field: `${field}.url`, message: problem });
      else if (!text(raw.title))
        issues.push({ field: `${field}.title`, message: 'a url source needs a title' });
      else out.push({ title: raw.title.trim(), url: String(raw.url) });
    } else {
      issues.push({ field, message: 'needs `seed` (a source key) or `url` (https) with `title`' });
    }
  });
  return out;
}

/** Validates an ISO `reviewed` date (gray-matter may hand over a Date). */
export function checkReviewed(value: unknown, issues: ContentIssue[]): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) {
    issues.push({ field: 'reviewed', message: 'must be a date written YYYY-MM-DD' });
  }
  return iso;
}

/** Validates a myth file's front matter. `slug` is the file name without `.md`. */
export function checkMythFrontMatter(
  data: Record<string, unknown>,
  slug: string,
  issues: ContentIssue[],
  room = 1,
): Omit<MythItem, 'html'> {
  const expectedId = `myths/${slug}`;
  if (data.id !== expectedId) {
    issues.push({ field: 'id', message: `must be "${expectedId}" (matching the file name)` });
  }
  for (const field of ['fact', 'myth'] as const) {
    if (!text(data[field])) issues.push({ field, message: 'is missing or empty' });
  }
  const fact = text(data.fact) ? data.fact.trim() : '';
  const myth = text(data.myth) ? data.myth.trim() : '';
  if (fact.length > 90 * room)
    issues.push({ field: 'fact', message: `is a heading: keep it under ${90 * room} characters` });
  if (myth.length > 160 * room)
    issues.push({
      field: 'myth',
      message: `is one sentence: keep it under ${160 * room} characters`,
    });

  const topics: Topic[] = [];
  if (!Array.isArray(data.topics) || data.topics.length === 0) {
    issues.push({ field: 'topics', message: `needs at least one of: ${TOPICS.join(', ')}` });
  } else {
    for (const t of data.topics) {
      if ((TOPICS as readonly unknown[]).includes(t)) topics.push(t as Topic);
      else
        issues.push({
          field: 'topics',
          message: `unknown topic "${String(t)}"; use: ${TOPICS.join(', ')}`,
        });
    }
  }
  const sources = checkSources(data.sources, issues);
  const reviewed = checkReviewed(data.reviewed, issues);
  const formerly: string[] = [];
  if (data.formerly !== undefined) {
    const list: unknown[] = Array.isArray(data.formerly) ? data.formerly : [data.formerly];
    for (const old of list) {
      if (typeof old === 'string' && /^myths\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(old))
        formerly.push(old);
      else issues.push({ field: 'formerly', message: `"${String(old)}" is not a myths/<slug> id` });
    }
  }
  return {
    id: expectedId,
    fact,
    myth,
    topics,
    sources,
    reviewed,
    ...(formerly.length ? { formerly } : {}),
  };
}

/** A row of a built-in table (a well-being area, or a barrier to support), as compiled. */
export interface TableRow {
  /** `<table>/<slug>`, e.g. `wellbeing/physical-health` or `barriers/cost`. */
  id: string;
  /** The row header: the area or the barrier. */
  label: string;
  /** The other cells, in column order, as plain text. */
  cells: string[];
  sources: Source[];
  /** ISO date the row was last reviewed. */
  reviewed: string;
}

/**
 * Builds the front-matter check of a table collection: `fields` name the row header's field
 * then each cell's, all required plain text. `order` (a positive whole number) places the row;
 * the compiler sorts by it and drops it.
 */
function tableRowCheck(collection: string, fields: string[]) {
  return (
    data: Record<string, unknown>,
    slug: string,
    issues: ContentIssue[],
    room = 1,
  ): TableRow & { order: number } => {
    const id = `${collection}/${slug}`;
    if (data.id !== id)
      issues.push({ field: 'id', message: `must be "${id}" (matching the file name)` });
    const order = Number(data.order);
    if (!Number.isInteger(order) || order < 1) {
      issues.push({ field: 'order', message: 'must be a whole number from 1, placing the row' });
    }
    const [label = '', ...cells] = fields.map((field, i) => {
      const value = text(data[field]) ? data[field].trim() : '';
      const max = (i ? 120 : 40) * room;
      if (!value) issues.push({ field, message: 'is missing or empty' });
      else if (value.length > max)
        issues.push({ field, message: `is a table cell: keep it under ${max} characters` });
      return value;
    });
    const sources = checkSources(data.sources, issues);
    const reviewed = checkReviewed(data.reviewed, issues);
    return { id, label, cells, sources, reviewed, order };
  };
}

/** Validates a well-being area: `area` (the row header), `strategies`, `examples`. */
export const checkWellbeingFrontMatter = tableRowCheck('wellbeing', [
  'area',
  'strategies',
  'examples',
]);

/** Validates a barrier to support: `barrier` (the row header), `impact`, `ways` (around it). */
export const checkBarrierFrontMatter = tableRowCheck('barriers', ['barrier', 'impact', 'ways']);

/** What a competence item is: something a competent therapist does, does not do, a question to ask them, or where to look for one. */
export const COMPETENCE_KINDS = ['does', 'doesnt', 'ask', 'where'] as const;
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];

/** An item of the "find a competent therapist" checklist, as compiled. */
export interface CompetenceItem {
  /** `competence/<slug>` */
  id: string;
  kind: CompetenceKind;
  /** One plain-text line. */
  text: string;
  /** Part of the short checklist (`checklist="short"`); absent when not. */
  short?: true;
  sources: Source[];
  /** ISO date the item was last reviewed. */
  reviewed: string;
}

/** Validates a competence item: `kind`, `text`, optional `short: true`, `order`, sources. */
export function checkCompetenceFrontMatter(
  data: Record<string, unknown>,
  slug: string,
  issues: ContentIssue[],
  room = 1,
): CompetenceItem & { order: number } {
  const id = `competence/${slug}`;
  if (data.id !== id)
    issues.push({ field: 'id', message: `must be "${id}" (matching the file name)` });
  const kind = data.kind as CompetenceKind;
  if (!COMPETENCE_KINDS.includes(kind)) {
    issues.push({ field: 'kind', message: `must be one of: ${COMPETENCE_KINDS.join(', ')}` });
  }
  const order = Number(data.order);
  if (!Number.isInteger(order) || order < 1) {
    issues.push({ field: 'order', message: 'must be a whole number from 1, placing the item' });
  }
  const value = text(data.text) ? data.text.trim() : '';
  if (!value) issues.push({ field: 'text', message: 'is missing or empty' });
  else if (value.length > 140 * room)
    issues.push({ field: 'text', message: `is one line: keep it under ${140 * room} characters` });
  if (data.short !== undefined && typeof data.short !== 'boolean') {
    issues.push({ field: 'short', message: 'must be true or false' });
  }
  const sources = checkSources(data.sources, issues);
  const reviewed = checkReviewed(data.reviewed, issues);
  return {
    id,
    kind,
    text: value,
    ...(data.short === true ? { short: true } : {}),
    sources,
    reviewed,
    order,
  };
}
