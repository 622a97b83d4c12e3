// Words that make an unattributed sentence checkable (lowercased).
import { words } from './table';

export const MONTHS: ReadonlySet<string> = new Set(words(`
january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec
`));

export const WEEKDAYS: ReadonlySet<string> = new Set(words(`
monday tuesday wednesday thursday friday saturday sunday
`));

export const NUMBER_WORDS: ReadonlySet<string> = new Set(words(`
two three four five six seven eight nine ten eleven twelve twenty
thirty forty fifty hundred hundreds thousand thousands million millions
billion billions trillion dozen dozens half third quarter double doubled
tripled twice
`));

export const MONEY_WORDS: ReadonlySet<string> = new Set(words(`
dollar dollars won yen yuan euro euros pound pounds usd krw cents
`));

export const PERCENT_WORDS: ReadonlySet<string> = new Set(words('percent per percentage pct'));

export const SUPERLATIVES: ReadonlySet<string> = new Set(words(`
most least largest biggest highest lowest best worst first last only
record greatest smallest fastest slowest oldest youngest longest shortest
richest poorest strongest weakest deadliest unprecedented ever never
`));

export const CAUSAL_WORDS: ReadonlySet<string> = new Set(words(`
because caused causes cause therefore consequently due thanks led leads
resulted results
`));
