// Job titles and honorifics that introduce a person ("Foreign Minister Cho Tae-yul",
// "Sen. Ted Cruz", "Mr. Smith") or stand for one later ("the minister", "the secretary").
// Phrases are lower case, words separated by single spaces; abbreviations keep their period.
import { words } from '../../lexicon/table';

type TitleGender = 'male' | 'female';

export interface TitleEntry {
  /** Lower-case phrase as written before a name. */
  phrase: string;
  /** The role noun that can refer back to the person: "the minister" for "Foreign Minister". */
  head: string;
  gender?: TitleGender;
  /** Honorifics (Mr., Ms., Dr.) mark a person but are not a job title worth showing. */
  honorific?: boolean;
  /** How to show the title when it is an abbreviation ("Sen." → "Senator"). */
  display?: string;
}

/** Entries from table lines; each has only the keys its line fills, as an object literal would. */
function titles(table: string): TitleEntry[] {
  const entries: TitleEntry[] = [];
  for (const line of table.split('\n')) {
    if (!line) continue;
    const [phrase = '', head, gender, honorific, display] = line.split('|');
    const entry: TitleEntry = { phrase, head: head || phrase };
    if (gender) entry.gender = gender as TitleGender;
    if (honorific) entry.honorific = true;
    if (display) entry.display = display;
    entries.push(entry);
  }
  return entries;
}

/**
 * The titles, one a line: `phrase|head|gender|honorific|display`, the columns after the phrase
 * left out when empty. An empty head is the phrase itself ("mayor" → "the mayor"). Written as
 * text rather than object literals because the table ships in every bundle; `titles` turns the
 * lines into entries with the keys in that order.
 */
export const TITLES: readonly TitleEntry[] = titles(`
mr.||male|honorific
mr|mr.|male|honorific
mrs.||female|honorific
mrs|mrs.|female|honorific
ms.||female|honorific
ms|ms.|female|honorific
miss||female|honorific
dr.|doctor||honorific
prof.|professor|||Professor
professor
sen.|senator|||Senator
senator
rep.|representative|||Representative
gov.|governor|||Governor
lt. gov.|lieutenant governor|||Lieutenant Governor
governor
lieutenant governor
mayor
congressman||male
congresswoman||female
president
president-elect
vice president
prime minister
deputy prime minister
premier
chancellor
minister
foreign minister|minister
defense minister|minister
defence minister|minister
finance minister|minister
trade minister|minister
unification minister|minister
interior minister|minister
justice minister|minister
health minister|minister
industry minister|minister
economy minister|minister
deputy minister|minister
vice minister|minister
vice foreign minister|minister
first vice foreign minister|minister
secretary
secretary of state|secretary
secretary of defense|secretary
secretary of commerce|secretary
secretary of the treasury|secretary
secretary of homeland security|secretary
treasury secretary|secretary
defense secretary|secretary
commerce secretary|secretary
energy secretary|secretary
health secretary|secretary
homeland security secretary|secretary
foreign secretary|secretary
home secretary|secretary
press secretary
secretary-general
secretary general|secretary-general
general secretary
chief of staff
national security adviser|adviser
national security advisor|adviser
adviser
advisor|adviser
senior adviser|adviser
spokesperson
spokesman||male
spokeswoman||female
deputy spokesperson|spokesperson
press officer
ambassador
envoy
special envoy|envoy
trade representative
attorney general
director
chief executive
ceo|chief executive|||CEO
chief financial officer
cfo|chief financial officer|||CFO
chief operating officer
chairman
chairwoman||female
chair
commissioner
speaker
house speaker|speaker
majority leader|leader
minority leader|leader
leader
supreme leader|leader
chief justice
justice
judge
gen.|general|||General
general
adm.|admiral|||Admiral
admiral
col.|colonel|||Colonel
colonel
lt.|lieutenant|||Lieutenant
capt.|captain|||Captain
captain
sgt.|sergeant|||Sergeant
commander
chief
police chief|chief
attorney
city attorney|attorney
lawyer
defense lawyer|lawyer
defence lawyer|lawyer
district attorney|attorney
state attorney general|attorney general
sheriff
council member
councilman||male
councilwoman||female
councillor
councilor
superintendent
founder
co-founder|founder
president and ceo|chief executive
campaign manager
manager
coach
head coach|coach
striker
goalkeeper
campaign chairman|chairman
candidate
presidential candidate|candidate
nominee
presidential nominee|nominee
economist
analyst
lawmaker
king||male
queen||female
prince||male
princess||female
pope||male
`);

/** Lower-case words that may precede a title without being part of a name ("former", "acting"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(words(`
former acting then deputy senior top chief interim incoming outgoing
presidential assistant principal current longtime veteran new first second
republican democratic conservative liberal ranking vice associate
executive managing regional national foreign trade state federal county
city party campaign white house senate gop vice-presidential gubernatorial
congressional mayoral military defense finance economic
`));

/** Longest title phrase, in words. */
export const MAX_TITLE_WORDS = 4;

export const TITLE_BY_PHRASE: ReadonlyMap<string, TitleEntry> = new Map(TITLES.map((t) => [t.phrase, t]));
