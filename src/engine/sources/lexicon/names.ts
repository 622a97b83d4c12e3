// Person names, places and calendar words: what tells a person's name from a capitalised
// place, month or sentence-initial word, and which way round a name is written.

import { phrases, words } from '../../lexicon/table';

/** Common English given names (a hint, not a requirement: any titled name is a person). */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(words(`
aaron adam alan albert alex alexander andrew anthony antony arthur barack ben benjamin bernie bill
bob brad bradley brandon brett brian bruce carl carlos charles charlie chris christopher chuck colin
craig dan daniel dave david dennis derek dick don donald doug douglas ed eddie edward eric frank
fred gary george gerald glenn greg gregory harry henry howard hunter ian jack jacob jake james jamie
jared jason jeb jeff jeffrey jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh
joshua juan justin keith ken kenneth kevin kyle larry lee lindsey louis lou luis marco marcus mark
martin matt matthew max michael mike mitch mitt nathan neil nick nicholas noah oliver omar
patrick paul pete peter phil philip ralph randy ray raymond reince rex richard rick rob robert roger
ron ronald roy rudy russell ryan sam samuel scott sean sergei sergey seth stephen steve steven stuart
ted terry thomas tim timothy todd tom tony travis tucker vladimir walter wayne william willie xavier
zach vivek jd j.d. elon rand newt jamieson hakeem kash jerome antonio
emmanuel olaf friedrich keir rishi boris narendra volodymyr recep javier lula fumio shigeru
yoshihide shinzo mohammed muhammad ali ahmed hassan abdul
dario luca matteo giovanni francesco pierre jacques hans klaus lars erik sven piotr tomasz andrei
dmitry mikhail miguel pedro diego pablo rafael sergio tomas ahmad mustafa raj rahul
`));

export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(words(`
abigail alexandria alice alicia allison amanda amy andrea angela ann anna anne ashley barbara betsy
betty beverly brenda carly carol caroline catherine cathy charlotte cheryl christina christine cindy
claire claudia dana deborah debbie denise diana diane donna dorothy elaine elena elise elizabeth
ellen emily emma erin eva evelyn frances gina gloria grace heather helen hillary hope ilhan irene
jacqueline jane janet janice jean jeanne jennifer jessica jill joan joanna jodi judith judy julia
julie karen kamala karine kate katherine kathleen kathy kay kelly kelsey kim kimberly kirsten
kristi kristen laura lauren linda lisa liz lois lori louise lucy lynn margaret maria marie marilyn
marjorie martha mary megan melania melissa michelle molly nancy natalie nicole nikki olivia
pam pamela patricia patty paula rachel rebecca rita rose ruth sally samantha sandra sarah sharon
sheila shirley sonia sophia stacey stephanie sue susan susie suzanne tammy tara teresa theresa
tiffany tina tracy tulsi ursula valerie vanessa victoria virginia wendy whitney yvonne zoe giorgia
annalena jacinda sanna kari marsha maxine ayanna elissa huma
carla ines sofia lucia giulia chiara francesca marta ana ingrid sigrid astrid greta olga irina
natalia svetlana sophie camille isabelle nathalie carmen fatima aisha leila priya nadia monica
silvia beatriz
`));

/** Korean family names: a following hyphenated or short given name means family-name-first order. */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set(words(`
kim lee yi rhee park pak cho jo choi choe jung jeong chung kang yoon yun jang chang lim im han oh
seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon chun ko go moon mun yang son bae baek
paik heo huh nam noh roh ha kwak sung seong cha joo ju woo wu koo ku min ra na jin ji um eom byun
pyun chae won
`));

/** Chinese family names: "Xi Jinping" → "Xi", "Wang Yi" → "Wang". */
export const CHINESE_FAMILY_NAMES: ReadonlySet<string> = new Set(words(`
xi wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
ding ren shen yao jia fu fang bai zou meng qin qiu hou xiong jin wen kong lai geng mao
`));

/** Countries and the adjectives that name them, mapped to the country (for affiliations). */
export const NATIONALITIES: ReadonlyMap<string, string> = new Map<string, string>(
  // "adjective or country: Country", separated by commas; a country alone stands for its
  // lower-case name ("China" is "china: China"), and a country with a plus after it stands for
  // itself as well ("chinese: China+" is "chinese: China, China")
  phrases(`
south korean: South Korea, north korean: North Korea, korean: Korea, South Korea, North Korea,
Korea, us: United States, u.s.: United States, american: United States+, chinese: China+,
japanese: Japan+, russian: Russia+, british: United Kingdom, uk: United Kingdom,
u.k.: United Kingdom, britain: United Kingdom, french: France+, german: Germany+, italian: Italy+,
spanish: Spain+, canadian: Canada+, mexican: Mexico+, indian: India+, israeli: Israel+,
iranian: Iran+, ukrainian: Ukraine+, taiwanese: Taiwan+, australian: Australia+, european: Europe,
turkish: Turkey+, saudi: Saudi Arabia, palestinian: Palestine, syrian: Syria+, egyptian: Egypt+,
brazilian: Brazil+, polish: Poland+, dutch: Netherlands, vietnamese: Vietnam+,
philippine: Philippines, filipino: Philippines, indonesian: Indonesia, pakistani: Pakistan+,
afghan: Afghanistan, iraqi: Iraq+, cuban: Cuba, venezuelan: Venezuela, swedish: Sweden,
norwegian: Norway, danish: Denmark, finnish: Finland, greek: Greece, irish: Ireland,
scottish: Scotland, hungarian: Hungary, belgian: Belgium, swiss: Switzerland, austrian: Austria,
singaporean: Singapore, thai: Thailand,
`).flatMap((pair): [string, string][] => {
    const colon = pair.indexOf(':');
    const country = colon < 0 ? pair : pair.slice(colon + 1).replace('+', '').trim();
    const entry: [string, string] = [colon < 0 ? pair.toLowerCase() : pair.slice(0, colon), country];
    return pair.endsWith('+') ? [entry, [country.toLowerCase(), country]] : [entry];
  }),
);

/** Places that are not sources unless the attribution engine uses one as a speaker ("Seoul said"). */
export const PLACES: ReadonlySet<string> = new Set([
  ...NATIONALITIES.keys(),
  ...words(`
seoul washington beijing tokyo moscow london paris berlin munich brussels geneva kyiv kiev
pyongyang taipei hong_kong new_york los_angeles chicago boston miami dallas houston atlanta
san_francisco philadelphia detroit seattle denver phoenix las_vegas busan incheon osaka shanghai
delhi new_delhi mumbai jerusalem tel_aviv tehran baghdad damascus cairo riyadh dubai doha ankara
istanbul rome madrid vienna warsaw ottawa toronto mexico_city sydney canberra singapore hanoi
manila jakarta bangkok gaza west_bank crimea donbas europe asia africa america americas
latin_america middle_east east_asia asia-pacific indo-pacific pacific atlantic arctic korean_peninsula
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico
north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina
south_dakota tennessee texas utah vermont virginia west_virginia wisconsin wyoming
capitol_hill wall_street silicon_valley manhattan brooklyn
north south east west northern southern eastern western central
`).map((w) => w.replace(/_/g, ' ')),
]);

/**
 * U.S. state abbreviations as newsrooms write them after a city ("Portland, Ore.", "Albany, N.Y."),
 * without their last period. After "City, " they are part of a place, never a name.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(words(`
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr
nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c
`));

/** Months, days and other capitalised calendar words. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(words(`
january february march april may june july august september october november december jan. feb.
mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday christmas easter thanksgiving
today tomorrow yesterday
`));

/** Party and ideology words: they qualify a name ("Republican Sen. Ted Cruz") but are not one. */
export const PARTY_WORDS: ReadonlySet<string> = new Set(words(`
republican democratic democrat gop conservative liberal labour labor progressive independent
libertarian socialist communist green tory
`));

/** Capitalised words that are not names (sentence openers, pronouns, headline words). */
export const NOT_NAMES: ReadonlySet<string> = new Set(words(`
the a an in on at of for to from by with without about after before during since until while when
where why how what which who whom whose if but and or nor so yet as because although though also
however meanwhile still even only just then there here this that these those it its he she they we
i you his her their our my your them him me no not yes all some many most several both each
every other another such more less much few two three four five six seven eight nine ten
last next according under over into through between among against within
despite amid following including regarding like unlike instead rather perhaps maybe earlier later
today yesterday tomorrow tonight now please thank thanks photo file update editor
note read related see copyright breaking exclusive opinion nearly roughly mostly largely
really recently currently reportedly clearly finally certainly apparently initially ultimately
additionally similarly overall recent separately indeed asked speaking did does do is was will
would can could should has have had are were may might must shall
others none nobody anyone anybody everyone everybody someone somebody neither either well
whether whatever whoever whenever unless thus therefore moreover furthermore nevertheless nonetheless
otherwise along outside around across behind ahead absent almost already again often sometimes never
very too probably likely obviously interestingly ironically unfortunately fortunately hopefully
typically usually notably especially particularly specifically simply honestly oh okay ok wow look
listen check revealed
`));
