// How the lexicon modules write their word lists, as text: one entry after another, which ships
// in the bundles at a fraction of the bytes of an array of quoted strings. Both keep the order
// and the duplicates of the text, so a set or array built from them is the one the list spells.

/** The words of a list separated by spaces and line breaks: `words('say tell\n  add')`. */
export const words = (list: string): string[] => list.split(/\s+/).filter((w) => w.length > 0);

/** The entries of a list separated by commas, for entries of more than one word ("white house"). */
export const phrases = (list: string): string[] => list.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
