/**
 * The last entry of an ascending list of start offsets that is at or before `offset` (0 when none):
 * which block, or which word, an offset falls in. findStartAt([0, 10, 25], 12) → 1
 */
export function findStartAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
