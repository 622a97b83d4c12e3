// A generator of wire-style news copy for the benchmark and the engine's property tests:
// datelines, titles and names, direct and partial quotes, "according to", anonymous sources,
// polls, multi-paragraph quotes, figures. Deterministic for a given seed; all text is made up here.

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE: [title: string, first: string, last: string, pronoun: string][] = [
  ['Foreign Minister', 'Hana', 'Park', 'she'],
  ['Secretary of State', 'Daniel', 'Whitcombe', 'he'],
  ['Gov.', 'Maria', 'Esposito', 'she'],
  ['Sen.', 'Robert', 'Lindqvist', 'he'],
  ['Mayor', 'Chen', 'Wei-ling', 'she'],
  ['Prime Minister', 'Kwame', 'Mensah', 'he'],
  ['Rep.', 'Alice', "O'Connor", 'she'],
  ['Defense Minister', 'Lee', 'Jae-won', 'he'],
  ['spokesperson', 'Tomas', 'Herrera', 'he'],
  ['Police Chief', 'Ingrid', 'Solberg', 'she'],
];
const ORGS = ['the foreign ministry', 'the State Department', 'the city council', 'the health ministry', 'the central bank', 'the electoral commission'];
const ANON = ['officials', 'a source familiar with the talks', 'two people briefed on the matter', 'a senior official who asked not to be named'];
const CITIES = ['SEOUL', 'WASHINGTON', 'BRUSSELS', 'NAIROBI', 'LIMA', 'OSLO', 'TAIPEI'];
const VERBS = ['said', 'told reporters', 'added', 'noted', 'warned', 'stressed', 'insisted', 'acknowledged', 'argued', 'explained'];
const TOPICS = [
  'the budget would be balanced by next year',
  'talks on the trade agreement would resume in the spring',
  'the new rail line had carried more than 40,000 passengers in its first week',
  'the government was considering a cut in fuel taxes',
  'the ceasefire was holding in most of the region',
  'unemployment fell to 4.2 percent in March, the lowest in a decade',
  'the ministry would review the procurement rules',
  'negotiators were close to a deal on fishing rights',
];
const QUOTES = [
  'We will not accept any delay',
  'This is the most important vote in a generation',
  'Our priority is the safety of every resident',
  'The numbers speak for themselves',
  'We have made real progress, but there is more to do',
  'Nobody should be surprised by this decision',
];
const PHRASES = ['"reciprocal"', '"with sufficient time"', '"a historic step"', '"unacceptable"'];

export interface WireOptions {
  seed?: number;
  /** Paragraph separator (default a blank line). */
  separator?: string;
}

/** Wire-style paragraphs, generated until the text reaches `chars` characters (then cut at a paragraph). */
export function wireText(chars: number, options: WireOptions = {}): string {
  const random = rng(options.seed ?? 1);
  const separator = options.separator ?? '\n\n';
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: string[] = [];
  let length = 0;
  const push = (paragraph: string): void => {
    out.push(paragraph);
    length += paragraph.length + separator.length;
  };
  while (length < chars) {
    const [title, first, last, pronoun] = pick(PEOPLE);
    const full = `${title} ${first} ${last}`;
    const n = Math.floor(random() * 90) + 5;
    switch (Math.floor(random() * 14)) {
      case 0:
        push(`${pick(CITIES)}, March ${n % 28 + 1} (Yonhap) -- ${full} ${pick(VERBS)} on Tuesday that ${pick(TOPICS)}.`);
        break;
      case 1:
        push(`"${pick(QUOTES)}," ${last} said. "We expect results by ${n % 12 + 1} p.m. on Friday."`);
        break;
      case 2:
        push(`${pick(TOPICS).replace(/^t/, 'T')}, according to ${pick(ORGS)}.`);
        break;
      case 3:
        push(`According to ${pick(ANON)}, ${pick(TOPICS)}, a move that ${pronoun} described as ${pick(PHRASES)}.`);
        break;
      case 4:
        push(`${full} called for ${pick(PHRASES)} progress on the talks, ${pick(ORGS)} said in a statement.`);
        break;
      case 5:
        push(`"${pick(QUOTES)}. ${pick(QUOTES)}.`);
        push(`"${pick(QUOTES)}," ${pronoun} said.`);
        break;
      case 6:
        push(`A new poll by the Institute for Public Affairs found that ${n} percent of voters approve of ${last}'s handling of the economy, up from ${n - 3} percent in May.`);
        break;
      case 7:
        push(`${last}: "${pick(QUOTES)}."`);
        break;
      case 8:
        push(`The council reportedly approved $${n}.${n % 10} million for repairs, the largest sum since 1998. Mr. ${last} did not respond to a request for comment.`);
        break;
      case 10:
        push(`The bridge, built in ${1900 + n}, carries about ${n},000 vehicles a day and was last repaired when the river flooded the lower town. Traffic was diverted to the ring road for most of the week.`);
        break;
      case 11:
        push(`${last} arrived in the capital late on Sunday after a stop in ${pick(CITIES).charAt(0) + pick(CITIES).slice(1).toLowerCase()}. The visit is the first by a ${title.toLowerCase()} in ${n % 9 + 2} years, and the schedule includes meetings with business groups and a dinner with members of parliament.`);
        break;
      case 12:
        push(`Prices for rice and cooking oil rose sharply over the summer. Farmers in the north blamed the dry weather, while importers pointed to shipping costs that have doubled since the spring.`);
        break;
      case 13:
        push(`Photo by ${first} ${last}/Staff. (END)`);
        break;
      default:
        push(`${pick(ORGS).replace(/^t/, 'T')} said ${full} reiterated that ${pick(TOPICS)}, and ${pronoun} urged lawmakers to act "${pick(QUOTES).toLowerCase()}".`);
    }
  }
  return out.join(separator) + '\n';
}
