/**
 * Numbers, quarters and repeat markers of news text, the evidence that two similar reports are of
 * different events ("Magnitude 7.8 … Nepal" / "… Turkey", "46th" / "47th", "second quarter" /
 * "third quarter", "another 75 basis point hike").
 *
 * Numbers are normalised so that outlets' formats agree: "$3,499", "$3499" and "3499 US-Dollar" give
 * "3499"; "800,000" and "800000" give "800000"; "58,5 %" and "58.5%" give "58.5"; "4 000" gives
 * "4000". A group separator is one followed by exactly three digits; any other "," or "." is a decimal
 * point. Small number words in English, German and French ("six", "sechs", "deux") count as digits,
 * and so do tens and their compounds ("forty-five", "quarante-cinq"). Rate moves are percentages
 * whatever the unit: "75 basis points" (Basispunkte, points de base) is "0.75", as are "0.75%",
 * "0,75 Prozentpunkte" and "three-quarters of a point"; "a quarter point" is "0.25", "half a point"
 * and "a half point" "0.5".
 */
import { foldText, tokenizeFolded } from "../shared/fold-text.js";

const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d+)*/gu;
const MAX_NUMBERS = 24;
const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ["one", "1"], ["two", "2"], ["three", "3"], ["four", "4"], ["five", "5"], ["six", "6"], ["seven", "7"],
    ["eight", "8"], ["nine", "9"], ["ten", "10"], ["eleven", "11"], ["twelve", "12"], ["zwei", "2"], ["drei", "3"],
    ["vier", "4"], ["funf", "5"], ["sechs", "6"], ["sieben", "7"], ["acht", "8"], ["neun", "9"], ["zehn", "10"],
    ["deux", "2"], ["trois", "3"], ["quatre", "4"], ["cinq", "5"], ["sept", "7"], ["huit", "8"], ["neuf", "9"], ["dix", "10"],
  ],
);
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9,
};
const BASIS_POINTS = /^(?:basis points?|basispunkte?n?|bps?|points de base)\b/u;
const FRACTION_OF_POINT: readonly (readonly [RegExp, string])[] = [
  [/^three quarters? (?:of a )?(?:percentage )?points?\b/u, "0.75"],
  [/^(?:a )?quarter (?:of a )?(?:percentage )?points?\b/u, "0.25"],
  [/^(?:a )?half (?:a )?(?:percentage )?points?\b/u, "0.5"],
];
const FRACTION_STARTS = new Set(["three", "a", "quarter", "half"]);
const ORDINALS: Readonly<Record<string, string>> = {
  first: "1", "1st": "1", premier: "1", erste: "1", ersten: "1", erstes: "1",
  second: "2", "2nd": "2", deuxieme: "2", zweite: "2", zweiten: "2",
  third: "3", "3rd": "3", troisieme: "3", dritte: "3", dritten: "3",
  fourth: "4", "4th": "4", quatrieme: "4", vierte: "4", vierten: "4",
};
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const QUARTER_WORDS = new Set(["quarter", "quartal", "quartals", "trimestre"]);

/** Normalises one matched number ("3,499" → "3499", "58,5" → "58.5", "4 000" → "4000"). */
export function normaliseNumber(raw: string): string {
  const parts = raw.split(/[.,\u00a0\u202f ]/u);
  let result = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const grouped = parts[i]!.length === 3 && result !== "0";
    result += grouped ? parts[i] : `.${parts[i]}`;
  }
  const [whole, fraction] = result.split(".");
  const trimmed = `${String(Number(whole))}${fraction ? `.${fraction}` : ""}`.replace(/(\.\d*?)0+$/u, "$1").replace(/\.$/u, "");
  return trimmed;
}

/**
 * The numbers of a text as normalised strings, plus quarter tokens ("q2", "q:june") for "second
 * quarter", "Q2", "zweiten Quartal", "June-quarter". Space-separated groups only join when the space
 * is followed by exactly three digits ("4 000"), so "Pixel 7, 7 Pro" stays two sevens.
 */
export function numbersOf(text: string): Set<string> {
  const numbers = new Set<string>();
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0].replace(/[\u00a0\u202f ](?!\d{3}(?!\d))\d+.*$/u, "");
    numbers.add(normaliseNumber(raw));
    if (numbers.size >= MAX_NUMBERS) break;
  }
  const tokens = tokenizeFolded(foldText(text), 400);
  tokens.forEach((token, i) => {
    const digits = /^\d+$/u.test(token);
    const rest = digits || FRACTION_STARTS.has(token) ? tokens.slice(i + 1, i + 6).join(" ") : "";
    const fraction = rest === "" ? undefined : FRACTION_OF_POINT.find(([pattern]) => pattern.test(`${token} ${rest}`));
    if (fraction) {
      numbers.add(fraction[1]);
      return;
    }
    if (digits && BASIS_POINTS.test(rest) && tokens[i - 1] !== "0") {
      numbers.delete(normaliseNumber(token));
      numbers.add(String(Number(token) / 100));
    }
    const word = NUMBER_WORDS[token];
    const tens = TENS[token];
    if (tens !== undefined) numbers.add(String(tens + (UNITS[tokens[i + 1] ?? ""] ?? 0)));
    else if (word && !TENS[tokens[i - 1] ?? ""]) numbers.add(word);
    const next = tokens[i + 1];
    if (next && QUARTER_WORDS.has(next)) {
      if (ORDINALS[token]) numbers.add(`q${ORDINALS[token]}`);
      if (MONTHS.has(token)) numbers.add(`q:${token}`);
    }
    if (/^q[1-4]$/u.test(token)) numbers.add(token);
  });
  return numbers;
}

/** Whether `number` is among `numbers`, allowing a rounded figure ("26" / "26.04"). */
export function mentionsNumber(numbers: ReadonlySet<string>, number: string): boolean {
  if (numbers.has(number)) return true;
  const whole = number.split(".")[0]!;
  for (const other of numbers) if (other.split(".")[0] === whole && /^\d/u.test(whole)) return true;
  return false;
}
