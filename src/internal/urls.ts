/** Whether `url` is an absolute https address (the quick exit's and the callout's links). */
export function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
