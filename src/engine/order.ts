// Sorting that first checks whether the items are already in order (they usually are: the
// engine produces most lists in text order). Array.prototype.sort copies its input on every
// call; for an ordered list this returns at once with the same result as the stable sort.

/** Sorts `items` in place by `compare`, as the stable `Array.prototype.sort` would. */
export function sortInOrder<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < items.length; k++) {
    if (compare(items[k - 1]!, items[k]!) > 0) return items.sort(compare);
  }
  return items;
}
