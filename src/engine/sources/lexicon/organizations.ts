// Organisations: the words that make a capitalised phrase an organisation ("Ministry",
// "Department"), well-known organisations and media, and the role nouns that refer back to
// one ("the ministry", "the foreign ministry").

/** Capitalised words that make a name an organisation ("Ministry of Foreign Affairs"). */
export const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'council', 'committee', 'commission', 'bureau',
  'administration', 'service', 'services', 'party', 'court', 'congress', 'senate', 'parliament',
  'assembly', 'embassy', 'consulate', 'command', 'forces', 'army', 'navy', 'corps', 'guard', 'police',
  'institute', 'university', 'college', 'foundation', 'association', 'federation', 'union',
  'organization', 'organisation', 'bank', 'fund', 'group', 'inc.', 'inc', 'corp.', 'corp', 'co.',
  'company', 'corporation', 'ltd.', 'ltd', 'llc', 'news', 'times', 'post', 'journal', 'herald',
  'tribune', 'press', 'network', 'broadcasting', 'center', 'centre', 'board', 'authority', 'reserve',
  'cabinet', 'secretariat', 'coalition', 'league', 'society', 'trust', 'caucus', 'chamber', 'media',
  'studios', 'radio', 'television', 'channel', 'house', 'treasury', 'pentagon', 'kremlin', 'tribunal',
  'prosecutors', "prosecutors'", 'directorate', 'staff', 'unit', 'division', 'mission', 'institution',
  'foundation', 'partners', 'holdings', 'group', 'gazette', 'daily', 'monitor', 'observer', 'guardian',
  'telegraph', 'economist', 'magazine', 'review', 'wire', 'inquirer', 'chronicle', 'bulletin',
  'airlines', 'motors', 'electronics', 'industries', 'systems', 'technologies', 'labs', 'laboratory',
  'alliance', 'initiative', 'project', 'institution', 'academy', 'clinic', 'hospital',
]);

export interface KnownOrganization {
  name: string;
  aliases: readonly string[];
}

/** Organisations that news text names without an organisation word. */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { name: 'White House', aliases: [] },
  { name: 'Pentagon', aliases: [] },
  { name: 'Kremlin', aliases: [] },
  { name: 'Blue House', aliases: [] },
  { name: 'Foggy Bottom', aliases: [] },
  { name: 'State Department', aliases: ['Department of State'] },
  { name: 'Defense Department', aliases: ['Department of Defense'] },
  { name: 'Justice Department', aliases: ['Department of Justice', 'DOJ'] },
  { name: 'Treasury Department', aliases: ['Department of the Treasury', 'Treasury'] },
  { name: 'Commerce Department', aliases: ['Department of Commerce'] },
  { name: 'Homeland Security Department', aliases: ['Department of Homeland Security', 'DHS'] },
  { name: 'Yonhap News Agency', aliases: ['Yonhap'] },
  { name: 'Korean Central News Agency', aliases: ['KCNA'] },
  { name: 'Xinhua News Agency', aliases: ['Xinhua'] },
  { name: 'Kyodo News', aliases: ['Kyodo'] },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'] },
  { name: 'CNN', aliases: [] },
  { name: 'Reuters', aliases: [] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News'] },
  { name: 'NBC News', aliases: ['NBC'] },
  { name: 'ABC News', aliases: ['ABC'] },
  { name: 'CBS News', aliases: ['CBS'] },
  { name: 'Fox News', aliases: ['Fox'] },
  { name: 'MSNBC', aliases: [] },
  { name: 'NPR', aliases: [] },
  { name: 'Politico', aliases: [] },
  { name: 'Axios', aliases: [] },
  { name: 'Breitbart News', aliases: ['Breitbart'] },
  { name: 'Gallup', aliases: [] },
  { name: 'Pew Research Center', aliases: ['Pew'] },
  { name: 'Quinnipiac University', aliases: ['Quinnipiac'] },
  { name: 'Federal Reserve', aliases: ['Fed'] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'] },
  { name: 'CIA', aliases: ['Central Intelligence Agency'] },
  { name: 'NSA', aliases: ['National Security Agency'] },
  { name: 'NASA', aliases: [] },
  { name: 'FDA', aliases: ['Food and Drug Administration'] },
  { name: 'CDC', aliases: ['Centers for Disease Control and Prevention'] },
  { name: 'EPA', aliases: ['Environmental Protection Agency'] },
  { name: 'IRS', aliases: ['Internal Revenue Service'] },
  { name: 'Congress', aliases: [] },
  { name: 'Supreme Court', aliases: [] },
  { name: 'Twitter', aliases: [] },
  { name: 'Facebook', aliases: [] },
  { name: 'Google', aliases: [] },
  { name: 'Microsoft', aliases: [] },
  { name: 'Apple', aliases: [] },
  { name: 'Amazon', aliases: [] },
  { name: 'Samsung', aliases: ['Samsung Electronics'] },
  { name: 'Hyundai', aliases: [] },
];

/** Lower-case nouns that, after "the", refer back to an organisation ("the ministry"). */
export const ORGANIZATION_ROLE_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'council', 'committee', 'commission', 'bureau',
  'administration', 'government', 'campaign', 'company', 'firm', 'embassy', 'military', 'army',
  'party', 'court', 'parliament', 'assembly', 'organization', 'organisation', 'union', 'bank',
  'newspaper', 'network', 'paper', 'regime', 'cabinet', 'secretariat', 'police', 'prosecution',
  'group', 'institute', 'university', 'foundation', 'association', 'board', 'authority', 'coalition',
  'league', 'legislature', 'senate', 'house', 'white house', 'presidential office',
  'broadcaster', 'outlet', 'station', 'channel', 'magazine', 'publication', 'network', 'airline',
  'automaker', 'carmaker', 'retailer', 'manufacturer', 'corporation', 'conglomerate', 'start-up',
  'startup', 'charity', 'center', 'centre', 'unit', 'fund', 'pollster', 'think tank', 'city',
  'state', 'county', 'district', 'school', 'hospital', 'team', 'club', 'church', 'court',
]);

/** Lower-case words that may sit between "the" and an organisation role noun ("the foreign ministry"). */
export const ORGANIZATION_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'defense', 'defence', 'unification', 'trade', 'finance', 'interior', 'justice', 'health',
  'industry', 'economy', 'commerce', 'energy', 'education', 'labor', 'labour', 'environment',
  'agriculture', 'transport', 'transportation', 'presidential', 'state', 'federal', 'national',
  'central', 'local', 'provincial', 'city', 'county', 'military', 'ruling', 'opposition', 'main',
  'conservative', 'liberal', 'democratic', 'republican', 'spy', 'intelligence', 'news', 'wire', 'tech',
  'oil', 'energy', 'insurance', 'media', 'polling', 'research', 'chinese', 'korean', 'japanese',
  'american', 'russian', 'north', 'south', 'us', 'u.s.', 'british', 'french', 'german', 'israeli',
  'iranian', 'ukrainian', 'european', 'new', 'public', 'private', 'same',
]);
