// News agencies whose name in parentheses is a wire credit, not a photo credit (lowercased).
import { phrases } from './table';

export const WIRE_AGENCIES: ReadonlySet<string> = new Set(phrases(`
yonhap, ap, the associated press, associated press, reuters, afp, agence france-presse,
xinhua, kyodo, bloomberg, upi, dpa, efe, ansa, bernama, pti, ians, tass,
interfax, anadolu, cna, jiji, kcna, newsis, news1, aap, cp, the canadian press,
pa, europa press, ria novosti, antara, vna, apa, ana, mena, wafa, irna,
`));
