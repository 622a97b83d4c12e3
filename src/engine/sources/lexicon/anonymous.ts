// Anonymous sources ("officials", "a senior official", "a source familiar with the talks",
// "people briefed on the matter") and documents ("a new poll", "the report").
import { phrases, words } from '../../lexicon/table';

/** Nouns that head an anonymous source; singular and plural forms. */
export interface AnonymousHead {
  plural: boolean;
  singular: string;
}

const heads = new Map<string, AnonymousHead>();
const barePlurals = new Set<string>();
// singular and plural, separated by commas; a singular alone takes an -s; a star marks a head
// whose plural is a source on its own
for (const pair of phrases(`
official*, source*, diplomat*, aide*, adviser*, advisor, person people, insider*, analyst*, expert*,
observer*, lawmaker*, legislator*, staffer*, employee, investigator*, prosecutor*, critic*, supporter*,
witness witnesses*, resident*, voter*, economist*, researcher*, scientist, member, participant,
officer, spokesperson spokespeople, spokesman spokesmen, spokeswoman spokeswomen,
representative, negotiator*, strategist*, activist*, leader, authority authorities*, donor,
democrat*, republican*, operative, friend, parent, student, teacher, worker, opponent*,
protester*, organizer*, proponent*, investor*, advocate*, delegate, colleague, ally allies,
neighbor, neighbour, relative,
nurse, farmer, miner, pilot, firefighter, soldier,
`)) {
  const bare = pair.endsWith('*');
  const [singular = '', plural = `${singular}s`] = (bare ? pair.slice(0, -1) : pair).split(' ');
  heads.set(singular, { plural: false, singular }).set(plural, { plural: true, singular });
  if (bare) barePlurals.add(plural);
}

export const ANONYMOUS_HEADS: ReadonlyMap<string, AnonymousHead> = heads;

/** Plural heads that are sources on their own, without a determiner ("officials said"). */
export const BARE_PLURAL_SOURCES: ReadonlySet<string> = barePlurals;

/** Plural titles that name people of someone's after a possessive ("Ruiz's lawyers"). */
export const POSSESSED_PEOPLE: ReadonlySet<string> = new Set(words('lawyers attorneys'));

/** Words that open an anonymous or document phrase. */
export const QUANTIFIERS: ReadonlySet<string> = new Set(words(`
a an one two three four five six seven eight nine ten several
some many few other multiple numerous various the another dozens both
`));

/** Lower-case modifiers allowed between a determiner and the head ("a senior administration official"). */
export const ANONYMOUS_MODIFIERS: ReadonlySet<string> = new Set(words(`
senior top former current administration government military intelligence
security defense defence diplomatic congressional party campaign western
foreign local regional federal state police health trade ministry
high-ranking high-level ranking other anonymous unnamed knowledgeable informed
independent industry market financial political republican democratic gop
white house agency department embassy japanese european chinese korean
american russian israeli iranian ukrainian british french german new
latest recent separate joint official internal annual national public
opinion exit confidential classified leaked written brief short lengthy
long detailed draft final preliminary monthly weekly quarterly daily
two three four several few many some more veteran longtime
economic energy press court online social media u.n. u.s. us un eu
staff team advisory research cabinet presidential prime ministerial
`));

/** Phrases after the head that mark an unnamed source ("familiar with the talks"). */
export const ANONYMITY_QUALIFIERS: readonly string[] = phrases(`
familiar with, briefed on, close to, with knowledge of, with direct knowledge of,
knowledgeable about, involved in, who spoke on condition of anonymity,
speaking on condition of anonymity, who asked not to be named, who declined to be named,
who requested anonymity, speaking anonymously, who spoke anonymously, privy to,
aware of, present at, in the room,
`);

/** Nouns that end an anonymity qualifier ("the talks", "the matter"). */
export const QUALIFIER_OBJECTS: ReadonlySet<string> = new Set(phrases(`
talks, matter, discussions, negotiations, situation, investigation, case, plan,
plans, decision, deal, meeting, meetings, process, issue, thinking, call, probe,
conversation, conversations, deliberations, administration, president, campaign,
government, family, negotiators, effort, efforts, program, inquiry, review, report,
arrangement, agreement, summit, visit, proposal, details, matters, anonymity,
named, identified, room, white house, pentagon, kremlin, company, ministry,
`));

/** Nouns that head a document or poll source. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(phrases(`
poll, polls, survey, surveys, report, reports, statement, statements, study,
studies, release, readout, memo, memorandum, letter, document, documents, filing,
filings, analysis, data, figures, records, lawsuit, complaint, ad, advertisement,
editorial, article, story, tweet, post, video, email, book, transcript, indictment,
ruling, assessment, estimate, estimates, forecast, census, audit, communique,
communiqué, declaration, research, paper, guidelines, brief, briefing, notice,
bulletin, dispatch, commentary, op-ed, review, findings, white paper, press release,
`));

/** Modifiers that turn "poll" into an election, not a document ("the presidential poll"). */
export const ELECTION_MODIFIERS: ReadonlySet<string> = new Set(words(`
presidential general local parliamentary legislative midterm municipal
gubernatorial primary snap by-election upcoming mayoral regional
`));
