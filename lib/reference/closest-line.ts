/** The line of `text` that shares the longest run of characters with `wanted`, for "quote not found" messages. */
export function closestLine(text: string, wanted: string): { line: number; text: string; shared: number } | undefined {
  let best: { line: number; text: string; shared: number } | undefined;
  text.split('\n').forEach((line, index) => {
    const shared = longestCommonRun(line, wanted);
    if (shared > 0 && (!best || shared > best.shared)) best = { line: index + 1, text: line, shared };
  });
  return best;
}

/** Length of the longest common substring (dynamic programming over one rolling row). */
function longestCommonRun(a: string, b: string): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : 0;
      if (current[j]! > best) best = current[j]!;
    }
    [previous, current] = [current, previous];
  }
  return best;
}
