// Reads PolNeAR's brat standoff annotations into attributions with UTF-16 spans.
//
//   T5  Source 68 84   A Bloomberg poll
//   T7  Content 209 236;91 186   ...           (';' joins discontinuous pieces)
//   E2  Attribution:T8 Source:T5 Cue:T6 Content:T7 [Content2:T9]
//   E6  Attribution-no-source:T23 Content:T22 Cue:T21
//
// brat offsets count Unicode code points; JavaScript strings (and the engine) count
// UTF-16 units, so every offset is converted through a code-point → UTF-16 table.

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** A half-open UTF-16 range. */
export interface Piece {
  start: number;
  end: number;
}

export interface GoldAttribution {
  id: string;
  noSource: boolean;
  source: Piece[] | null;
  cue: Piece[] | null;
  content: Piece[] | null;
}

export interface GoldDocument {
  attributions: GoldAttribution[];
  /** T lines whose recorded text did not match the converted offsets (a parsing sanity check). */
  textMismatches: string[];
}

/** Maps a code-point index to a UTF-16 index in `text` (index `n` maps to text.length). */
export function codePointToUtf16Table(text: string): Uint32Array {
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  table.push(text.length);
  return Uint32Array.from(table);
}

interface TextBound {
  type: string;
  pieces: Piece[];
  recorded: string;
}

export function parseBrat(ann: string, text: string): GoldDocument {
  const toUtf16 = codePointToUtf16Table(text);
  const convert = (cp: number): number => (cp < toUtf16.length ? toUtf16[cp] : text.length);
  const bounds = new Map<string, TextBound>();
  const events: string[] = [];
  const textMismatches: string[] = [];

  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith('T')) {
      const [id, spec, recorded = ''] = line.split('\t');
      if (!id || !spec) continue;
      const firstSpace = spec.indexOf(' ');
      const type = spec.slice(0, firstSpace);
      const pieces: Piece[] = [];
      for (const range of spec.slice(firstSpace + 1).split(';')) {
        const [a, b] = range.trim().split(/\s+/).map(Number);
        if (Number.isFinite(a) && Number.isFinite(b)) pieces.push({ start: convert(a), end: convert(b) });
      }
      const joined = pieces.map((p) => text.slice(p.start, p.end)).join(' ');
      // A recorded text with a line break in it is cut at the break by the .ann line format.
      const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
      if (joined !== recorded && !(recorded.trim() !== '' && squash(joined).startsWith(squash(recorded)))) {
        textMismatches.push(`${id} ${type}: expected ${JSON.stringify(recorded.slice(0, 60))}, offsets give ${JSON.stringify(joined.slice(0, 60))}`);
      }
      bounds.set(id, { type, pieces, recorded });
    } else if (line.startsWith('E')) {
      events.push(line);
    }
  }

  const attributions: GoldAttribution[] = [];
  for (const line of events) {
    const [id, args = ''] = line.split('\t');
    const parts = args.trim().split(/\s+/);
    const [trigger] = parts;
    if (!trigger) continue;
    const relation = trigger.split(':')[0];
    if (relation !== 'Attribution' && relation !== 'Attribution-no-source') continue;
    const attribution: GoldAttribution = { id, noSource: relation === 'Attribution-no-source', source: null, cue: null, content: null };
    for (const part of parts.slice(1)) {
      const [argName, ref] = part.split(':');
      const bound = bounds.get(ref);
      if (!bound) continue;
      // "Content2" (and any numbered repeat) adds pieces to the same role.
      const role = argName.replace(/\d+$/, '').toLowerCase();
      if (role !== 'source' && role !== 'cue' && role !== 'content') continue;
      attribution[role] = [...(attribution[role] ?? []), ...bound.pieces];
    }
    if (attribution.cue || attribution.content || attribution.source) attributions.push(attribution);
  }
  return { attributions, textMismatches };
}
