/**
 * How the Spanish items describe their sources (src/content/schema.ts, `SEEDS`, by key): a
 * document's own title stays as written, in English (marked `lang="en"`), and this description
 * follows it in Spanish; a source with no title of its own is this description alone.
 */
export const sources: Record<string, string> = {
  'male-sex-workers':
    'Un artículo en línea sin título sobre las expectativas de género y la salud psicológica de los trabajadores sexuales hombres',
  'psychology-today-2023': 'entrada del blog de Psychology Today, enero de 2023',
  'ithy-2025': 'una página de resumen generada por IA, Ithy, febrero de 2025',
  guidelines:
    'guía para profesionales de la salud mental, de Katherine Koster con Cassandra Avanneti',
  'grey-insight': 'Grey Insight, un consultorio de terapia, sobre su propio servicio',
  advice: 'Consejo general, no de una fuente publicada',
};
