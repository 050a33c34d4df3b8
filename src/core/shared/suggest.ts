/**
 * "Did you mean" suggestions for names users mistype.
 */

/** Names within a small edit distance of `input` (or starting with it), closest first, at most `limit`. */
export function closestMatches(input: string, names: readonly string[], limit = 2): string[] {
  const wanted = input.toLowerCase();
  if (wanted === "") return [];
  const threshold = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  return names
    .map((name) => ({ name, distance: name.startsWith(wanted) ? 0 : editDistance(wanted, name.toLowerCase()) }))
    .filter((candidate) => candidate.distance <= threshold)
    .sort((left, right) => left.distance - right.distance || left.name.localeCompare(right.name))
    .slice(0, limit)
    .map((candidate) => candidate.name);
}

/** Damerau-Levenshtein distance (optimal string alignment), bounded inputs. */
export function editDistance(left: string, right: string): number {
  const a = left.slice(0, 64);
  const b = right.slice(0, 64);
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
