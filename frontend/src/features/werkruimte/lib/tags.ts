export const MAX_TAGS = 5;

/** "MAGDA, ocmw , magda" → ["magda", "ocmw"]: trimmed, lower case, each once (as the server stores them). */
export function parseTags(input: string): string[] {
  const tags = input
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}
