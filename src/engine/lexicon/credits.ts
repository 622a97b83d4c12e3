// News agencies whose name in parentheses is a wire credit, not a photo credit (lowercased).
import { phrases } from './table';

export const WIRE_AGENCIES: ReadonlySet<string> = new Set(phrases(`
yonhap, ap, the associated press, associated press, reuters, afp, agence france-presse,
xinhua, kyodo, bloomberg, upi, dpa, efe, ansa, bernama, pti, ians, tass,
interfax, anadolu, cna, jiji, kcna, newsis, news1, aap, cp, the canadian press,
pa, europa press, ria novosti, antara, vna, apa, ana, mena, wafa, irna,
`));

// Wire desk markers in parentheses: the end of a story, more to come, a new lead. Not credits.
export const WIRE_MARKERS: ReadonlySet<string> = new Set(phrases(`
end, ends, more, lead, urgent, update, updated, corrected, correction, refile, flash, bulletin, advisory, embargoed, adds, 1st ld, 2nd ld, 3rd ld, 4th ld, ld,
`));
