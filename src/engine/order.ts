// Sorting that first checks whether the items are already in order (they usually are: the
// engine produces most lists in text order). Array.prototype.sort copies its input on every
// call; for an ordered list this returns at once with the same result as the stable sort, and
// a short or nearly ordered list is put in order by insertion, which is stable too and allocates nothing.

const INSERTION_LIMIT = 24;

/** Sorts `items` in place by `compare`, as the stable `Array.prototype.sort` would. */
export function sortInOrder<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  return insertionSorted(items, items.length, compare) ? items : items.sort(compare);
}

/**
 * Puts items[0, n) in order by `compare` in place, stably, and says whether it finished. It
 * returns at once for items already in order; otherwise it inserts the rest one by one, after
 * any equal item. A long list gets a budget of moves: a list out of order only here and there
 * (the engine's usual case) is done within it; past it, it returns false and the caller hands
 * the items to the library sort. Insertion never moves an item past an equal one, so the
 * library's stable sort then gives the same order as on the input.
 */
function insertionSorted<T>(items: { [i: number]: T }, n: number, compare: (a: T, b: T) => number): boolean {
  let k = 1;
  while (k < n && compare(items[k - 1]!, items[k]!) <= 0) k++;
  if (k >= n) return true;
  let budget = n > INSERTION_LIMIT ? 4 * n : Infinity;
  for (; k < n; k++) {
    const item = items[k]!;
    let j = k - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
      budget--;
    }
    items[j + 1] = item;
    if (budget < 0) return false;
  }
  return true;
}

/**
 * How many of the first indices 0..n-1 satisfy `before`, for a test that holds for a prefix of
 * the indices and then never again (a binary search: "index of the first item at or after").
 */
export function countBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorts the first `n` entries of a list of indices in place by `compare`, as the stable
 * `Array.prototype.sort` would: at once when they are in order, by insertion when few or nearly in order.
 */
export function sortIndicesInOrder(order: Int32Array, n: number, compare: (a: number, b: number) => number): void {
  if (insertionSorted(order, n, compare)) return;
  const items: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) items[i] = order[i]!;
  items.sort(compare);
  for (let i = 0; i < n; i++) order[i] = items[i]!;
}

/** Replaces list[start, end) by items, in place. */
export function replaceRange<T>(list: T[], start: number, end: number, items: readonly T[]): void {
  if (items.length <= 4096) {
    list.splice(start, end - start, ...items);
    return;
  }
  const tail = list.slice(end);
  list.length = start;
  for (const item of items) list.push(item);
  for (const item of tail) list.push(item);
}
