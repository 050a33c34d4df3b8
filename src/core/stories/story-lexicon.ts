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
  win: "win wins won winning beat beats beating defeat defeats defeated gewinnt gewinnen siegt besiegt bat remporte",
  die: "dies died dead death deaths killed kills killing tot tote toten stirbt gestorben meurt mort morte morts deces",
  raise: "raises raised raising hike hikes hiked increase increases increased lifts erhoht erhohung anhebung releve augmente hausse",
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
  "federal reserve": "fed", "sworn in": "sworn",
};

const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(CONCEPTS).flatMap(([concept, words]) => words.split(" ").map((word) => [word, concept] as const)),
);

/** The concept a folded word expresses, or the word itself. */
export function conceptOf(token: string): string {
  return WORDS.get(token) ?? token;
}

/**
 * Folded tokens with every word and two-word expression of the lexicon replaced by its concept
 * ("liz truss tritt zuruck" → "liz truss resign").
 */
export function conceptTokens(tokens: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = i + 1 < tokens.length ? PHRASES[`${tokens[i]} ${tokens[i + 1]}`] : undefined;
    if (phrase) {
      result.push(phrase);
      i++;
    } else result.push(conceptOf(tokens[i]!));
  }
  return result;
}
