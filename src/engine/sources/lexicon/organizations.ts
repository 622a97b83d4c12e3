// Organisations: the words that make a capitalised phrase an organisation ("Ministry",
// "Department"), well-known organisations and media, and the role nouns that refer back to
// one ("the ministry", "the foreign ministry").
import { phrases, words } from '../../lexicon/table';

/** A company's legal suffix, with and without its period: "Macy's Inc." is "Macy's", "the company". */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(words('inc inc. corp corp. co co. ltd ltd. llc plc corporation holdings'));

/** Capitalised words that make a name an organisation ("Ministry of Foreign Affairs"). */
export const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = new Set(words(`
ministry department agency office council committee commission bureau
administration service services party court congress senate parliament
assembly embassy consulate command forces army navy corps guard police
institute university college foundation association federation union
organization organisation bank fund group inc. inc corp. corp co.
company corporation ltd. ltd llc news times post journal herald
tribune press network broadcasting center centre board authority reserve
cabinet secretariat coalition league society trust caucus chamber media
studios radio television channel house treasury pentagon kremlin tribunal
prosecutors prosecutors' directorate staff unit division mission institution
partners holdings gazette daily monitor observer guardian
telegraph economist magazine review wire inquirer chronicle bulletin
airlines lines motors electronics industries systems technologies labs laboratory
alliance initiative project academy clinic hospital pharma pharmaceuticals
therapeutics energy capital logistics shipping foods brands
`));

export interface KnownOrganization {
  name: string;
  aliases: readonly string[];
}

/** Entries from table lines: `name` or `name|alias,alias`. */
function knownOrganizations(table: string): KnownOrganization[] {
  const entries: KnownOrganization[] = [];
  for (const line of table.split('\n')) {
    if (!line) continue;
    const [name = '', aliases] = line.split('|');
    entries.push({ name, aliases: aliases ? aliases.split(',') : [] });
  }
  return entries;
}

/**
 * Organisations that news text names without an organisation word, one a line: the name, then
 * after a bar its aliases separated by commas. Text rather than object literals because the table
 * ships in every bundle.
 */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = knownOrganizations(`
White House
Pentagon
Kremlin
Blue House
Foggy Bottom
State Department|Department of State
Defense Department|Department of Defense
Justice Department|Department of Justice,DOJ
Treasury Department|Department of the Treasury,Treasury
Commerce Department|Department of Commerce
Homeland Security Department|Department of Homeland Security,DHS
Yonhap News Agency|Yonhap
Korean Central News Agency|KCNA
Xinhua News Agency|Xinhua
Kyodo News|Kyodo
BBC|British Broadcasting Corporation
CNN
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg|Bloomberg News
NBC News|NBC
ABC News|ABC
CBS News|CBS
Fox News|Fox
MSNBC
NPR
Politico
Axios
Breitbart News|Breitbart
Gallup
Pew Research Center|Pew
Quinnipiac University|Quinnipiac
Federal Reserve|Fed
NATO|North Atlantic Treaty Organization
United Nations|UN,U.N.
European Union|EU,E.U.
World Health Organization|WHO
International Monetary Fund|IMF
World Bank
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NSA|National Security Agency
NASA
FDA|Food and Drug Administration
CDC|Centers for Disease Control and Prevention
EPA|Environmental Protection Agency
IRS|Internal Revenue Service
Congress
Supreme Court
Twitter
Facebook
Google
Microsoft
Apple
Amazon
Samsung|Samsung Electronics
Hyundai
`);

/** Lower-case nouns that, after "the", refer back to an organisation ("the ministry"). */
export const ORGANIZATION_ROLE_HEADS: ReadonlySet<string> = new Set(phrases(`
ministry, department, agency, office, council, committee, commission, bureau,
administration, government, campaign, company, firm, embassy, military, army,
party, court, parliament, assembly, organization, organisation, union, bank,
newspaper, network, paper, regime, cabinet, secretariat, police, prosecution,
group, institute, university, foundation, association, board, authority, coalition,
league, legislature, senate, house, white house, presidential office,
broadcaster, outlet, station, channel, magazine, publication, airline,
automaker, carmaker, retailer, manufacturer, corporation, conglomerate, start-up,
startup, charity, center, centre, unit, fund, pollster, think tank, city,
state, county, district, school, hospital, team, club, church, media, television,
radio, news agency,
`));

/** Lower-case words that may sit between "the" and an organisation role noun ("the foreign ministry"). */
export const ORGANIZATION_ROLE_MODIFIERS: ReadonlySet<string> = new Set(words(`
foreign defense defence unification trade finance interior justice health
industry economy commerce energy education labor labour environment
agriculture transport transportation presidential state federal national
central local provincial city county military ruling opposition main
conservative liberal democratic republican spy intelligence news wire tech
oil insurance media polling research chinese korean japanese
american russian north south us u.s. british french german israeli
iranian ukrainian european new public private same
`));
