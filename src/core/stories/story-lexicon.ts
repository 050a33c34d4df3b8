/**
 * A small multilingual lexicon of news wording, so that reports of one event in other words or
 * another language share features: "resigns", "quits", "steps down", "tritt zurück" and
 * "démissionne" all read as one concept, "Türkei", "Turquie" and "Turkish" as "turkey".
 *
 * Only words whose meaning in a headline is stable are listed: verbs of the events news reports
 * most (resigning, winning, dying, raising, electing, swearing in, striking), the nouns that carry
 * them (earthquake, fire, chancellor, prime minister, central bank rate) and the countries and
 * demonyms of English, German and French. A concept never merges two stories by itself: it is one
 * shared feature among those the similarity thresholds require, and evidence of difference (names,
 * numbers, stages) still vetoes.
 */

/** Concept → folded words (English, German, French) that express it. */
const CONCEPTS: Readonly<Record<string, string>> = {
  resign: "resign resigns resigned resigning resignation quits quit quitting rucktritt zurucktreten demissionne demission demissionner",
  win: "win wins won winning beat beats beating defeat defeats defeated tops topped exceeds exceeded gewinnt gewinnen siegt besiegt bat remporte",
  death: "dies died dead death deaths killed kills killing tot tote toten stirbt gestorben meurt mort morte morts deces",
  raise: "raises raised raising hike hikes hiked increase increases increased lifts erhoht erhohung anhebung releve augmente hausse " +
    "rise rises rose rising jump jumps jumped surge surges surged soar soars soared climb climbs climbed steigt steigen grimpe bondit",
  fall: "fall falls fell falling plunge plunges plunged drop drops dropped slump slumps slumped sink sinks sank tumble tumbles " +
    "tumbled fallt sinkt chute chutent baisse recule",
  record: "record records highest lowest rekord",
  say: "say says said tells told sagt sagen erklart dit affirme",
  deal: "deal deals agree agrees agreed agreement accord einigung einigen einigt",
  ban: "ban bans banned prohibit prohibits prohibited verbot verbietet verboten interdit interdiction interdire",
  approve: "approve approves approved passes passed backs backed verabschiedet billigt gebilligt adopte approuve",
  warn: "warn warns warned warning threaten threatens threatened warnt droht drohen menace menacent",
  withdraw: "withdraw withdraws withdrew withdrawal withdrawing pullout ruckzug retrait",
  destroy: "destroy destroys destroyed destroying zerstort zerstoren detruit detruite",
  find: "found finds discovers discovered discovery detected detects entdeckt decouvert decouverte",
  arrest: "arrest arrests arrested detain detains detained festgenommen verhaftet arrete interpelle",
  expect: "estimates expectations forecasts erwartungen prognose attentes",
  reelect: "reelected wiedergewahlt reelu reelue",
  flight: "flight flights vol flug",
  maiden: "maiden first erster ersten",
  ceremony: "ceremony zeremonie ceremonie feier",
  olympics: "olympics olympic olympia olympische olympischen olympiques jo",
  election: "election elections wahl wahlen scrutin",
  parliament: "parliament parlament parlement",
  rocket: "rocket rakete fusee",
  launch: "launch launches launched startet decolle",
  elect: "elected elects wahlt gewahlt elu elue",
  sworn: "sworn inaugurated vereidigt investi",
  earthquake: "earthquake earthquakes quake erdbeben beben seisme",
  fire: "fire blaze grossbrand incendie",
  spire: "spire turmspitze fleche",
  collapse: "collapse collapses collapsed eingesturzt einsturz effondre effondree",
  strike: "strike strikes streik streiks greve",
  chancellor: "chancellor bundeskanzler kanzler kanzlerin chancelier",
  president: "president prasident prasidentin presidente",
  pm: "pm premierminister premierministerin",
  fed: "fed notenbank",
  rate: "rate rates leitzins zins zinsen taux",
  queen: "queen konigin reine",
};

/** Countries and demonyms: concepts that are names (see `namesOf`), unlike the event words above. */
const PLACES: Readonly<Record<string, string>> = {
  turkey: "turkey turkish turkei turkiye turkische turquie turc turque",
  syria: "syria syrian syrien syrie syrienne",
  morocco: "morocco moroccan marokko maroc marocain",
  iraq: "iraq iraqi irak irakisch irakien irakiens",
  russia: "russia russian russland russisch russische russie russe",
  ukraine: "ukraine ukrainian ukrainisch ukrainische ukrainien",
  china: "china chinese chinesisch chinesische chine chinois chinoise",
  japan: "japan japanese japanisch japanische japon japonais japonaise",
  germany: "germany german deutschland deutsche deutscher allemagne allemand allemande",
  france: "france french frankreich franzosisch franzosische francais francaise",
  uk: "uk britain british britische britischer grossbritannien britannique",
  us: "us usa american amerikanisch amerikanische americain americaine",
  italy: "italy italian italien italie italienne",
  spain: "spain spanish spanien espagne espagnol",
  england: "england english angleterre",
  argentina: "argentina argentinian argentinien argentine",
  croatia: "croatia croatian kroatien croatie",
};

/** Two-word expressions of a concept ("steps down", "tritt zurück", "prime minister"). */
const PHRASES: Readonly<Record<string, string>> = {
  "steps down": "resign", "step down": "resign", "stepped down": "resign", "tritt zuruck": "resign",
  "treten zuruck": "resign", "trat zuruck": "resign", "prime minister": "pm", "premier ministre": "pm",
  "royaume uni": "uk", "united kingdom": "uk", "united states": "us", "etats unis": "us", "u s": "us",
  "federal reserve": "fed", "sworn in": "sworn", "re elected": "reelect", "passes away": "death", "passed away": "death",
  "break into": "storm", "breaks into": "storm", "broke into": "storm", "takes out": "destroy", "took out": "destroy",
  "blasts off": "launch", "lifts off": "launch",
};

const PHRASE_WORDS: ReadonlySet<string> = new Set(
  Object.entries(PHRASES).filter(([, concept]) => !(concept in PLACES)).flatMap(([phrase]) => phrase.split(" ")),
);

const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...CONCEPTS, ...PLACES }).flatMap(([concept, words]) => words.split(" ").map((word) => [word, concept] as const)),
);

/**
 * Inflection endings of English, German and French tried, longest first, when a word is not listed
 * itself ("franzosischer" → "franzosisch", "stormed" → "storm"); the stripped word must keep 4 letters.
 */
const ENDINGS = ["ing", "es", "ed", "en", "er", "em", "s", "e", "n", "d"];

/** The concept a folded word expresses, or the word itself. */
export function conceptOf(token: string): string {
  const listed = WORDS.get(token);
  if (listed || token.length < 5) return listed ?? token;
  for (const ending of ENDINGS) {
    if (token.endsWith(ending) && token.length - ending.length >= 4) {
      const concept = WORDS.get(token.slice(0, -ending.length));
      if (concept) return concept;
    }
  }
  return token;
}

const PLACE_CONCEPTS: ReadonlySet<string> = new Set(Object.keys(PLACES));

/**
 * Whether a folded word is an event word of the lexicon ("Dies", "Death", "Federal", "Reserve" of
 * "Federal Reserve"), which a capitalised headline word never makes a name of; countries are names.
 */
export function isLexiconWord(token: string): boolean {
  const concept = conceptOf(token);
  return (concept !== token || WORDS.has(token) || PHRASE_WORDS.has(token)) && !PLACE_CONCEPTS.has(concept);
}

/** German separable verbs whose particle ends the clause ("tritt als Parteichef zurück"). */
const SEPARABLE: Readonly<Record<string, { particle: string; concept: string }>> = {
  tritt: { particle: "zuruck", concept: "resign" },
  trat: { particle: "zuruck", concept: "resign" },
  treten: { particle: "zuruck", concept: "resign" },
};
/** How far after a separable verb its particle is looked for. */
const PARTICLE_WINDOW = 8;

/**
 * Folded tokens with every word and two-word expression of the lexicon replaced by its concept
 * ("liz truss tritt zuruck" → "liz truss resign").
 */
export function conceptTokens(tokens: readonly string[]): string[] {
  const result: string[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (consumed.has(i)) continue;
    const separable = SEPARABLE[tokens[i]!];
    const particle = separable ? tokens.indexOf(separable.particle, i + 1) : -1;
    if (separable && particle > 0 && particle - i <= PARTICLE_WINDOW) {
      result.push(separable.concept);
      consumed.add(particle);
      continue;
    }
    const phrase = i + 1 < tokens.length ? PHRASES[`${tokens[i]} ${tokens[i + 1]}`] : undefined;
    if (phrase) {
      result.push(phrase);
      i++;
    } else result.push(conceptOf(tokens[i]!));
  }
  return result;
}
