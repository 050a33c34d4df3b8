/**
 * Text folding and tokenising for matching (follows, story clustering, summaries).
 *
 * Folding makes comparison case- and diacritic-insensitive without destroying non-Latin words:
 *
 * 1. Unicode NFKD (compatibility forms: full-width letters, ligatures such as "ﬁ", superscripts).
 * 2. `toLowerCase()`, which in JavaScript is locale-independent (default Unicode case mapping).
 *    Turkish "İ" becomes "i" + U+0307, whose dot is then removed; dotless "ı" is mapped to "i", so
 *    "İstanbul", "ISTANBUL" and "ıstanbul" all fold to "istanbul". German "ß"/"ẞ" become "ss".
 * 3. Diacritics are removed only where they are optional accents: the Latin/Greek/Cyrillic combining
 *    diacritics blocks, Hebrew points and Arabic harakat (plus tatweel). Marks that are part of
 *    letters in Indic and South-East Asian scripts (Devanagari matras and virama, Thai vowels...)
 *    and Japanese voicing marks are kept, so "हिन्दी" stays a readable word.
 *    Cyrillic letters that are distinct letters rather than accented ones keep their mark
 *    ("й", "ў", "ї"); "ё" folds to "е" as Russian writers commonly do.
 * 4. A few letters that NFKD does not decompose are mapped: ł→l, đ/ð→d, ø→o, æ→ae, œ→oe, þ→th,
 *    ħ→h, ŧ→t, Greek final ς→σ, and Arabic/Persian/Urdu letter variants (ی/ى→ي, ک→ك).
 *
 * The folded text is in decomposed form and is meant for comparison only, never for display.
 *
 * Tokens are maximal runs of letters and numbers (with their kept marks): "China's" gives
 * ["china", "s"], "all-night" gives ["all", "night"]. Han, Hiragana and Katakana characters are
 * each a token of their own, because those scripts do not separate words with spaces; a multi-
 * character name such as "习近平" is then matched as a phrase of consecutive tokens. Scripts
 * without spaces that are not handled this way (Thai, Lao, Khmer...) yield one token per run.
 */

/** Optional accents removed by folding (see the module comment for what is kept). */
const OPTIONAL_MARKS =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640]/g;

/** Cyrillic letters whose combining mark makes a different letter, recomposed before stripping. */
const CYRILLIC_LETTERS = /[иуі][\u0306\u0308]/g;
const CYRILLIC_RECOMPOSED: Readonly<Record<string, string>> = {
  "и\u0306": "й",
  "у\u0306": "ў",
  "і\u0308": "ї",
};

/** Letters without a canonical decomposition, mapped to their usual plain spelling. */
const LETTER_MAP: Readonly<Record<string, string>> = {
  ß: "ss",
  ı: "i",
  ς: "σ",
  ł: "l",
  đ: "d",
  ð: "d",
  ø: "o",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ħ: "h",
  ŧ: "t",
  "\u0649": "\u064a",
  "\u06cc": "\u064a",
  "\u06a9": "\u0643",
};
const MAPPED_LETTERS = /[ßıςłđðøæœþħŧ\u0649\u06cc\u06a9]/g;

/**
 * A token: one Han/Hiragana/Katakana character (with its marks), or a run of other letters and
 * numbers (with marks) that starts with a letter or number.
 */
const TOKEN =
  /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]\p{M}*|(?:[^\P{L}\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]|\p{N})(?:[^\P{L}\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]|[\p{N}\p{M}])*/gu;

/**
 * Folds text for comparison: NFKD, lower case, optional diacritics removed, a few letters mapped.
 * Two strings that a reader would consider the same word ("Zürich"/"zurich", "Škoda"/"SKODA",
 * "Straße"/"STRASSE") fold to the same string.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(CYRILLIC_LETTERS, (pair) => CYRILLIC_RECOMPOSED[pair] ?? pair)
    .replace(OPTIONAL_MARKS, "")
    .replace(MAPPED_LETTERS, (letter) => LETTER_MAP[letter] ?? letter);
}

/**
 * Splits already folded text into tokens (see the module comment), at most `maxTokens` of them.
 * Use this when the folded text is needed too; otherwise call {@link tokenize}.
 */
export function tokenizeFolded(folded: string, maxTokens = Number.POSITIVE_INFINITY): string[] {
  const tokens: string[] = [];
  if (maxTokens <= 0) return tokens;
  for (const match of folded.matchAll(TOKEN)) {
    tokens.push(match[0]);
    if (tokens.length >= maxTokens) break;
  }
  return tokens;
}

/**
 * Text of ASCII and a few punctuation marks that folding leaves without letters, numbers or marks
 * (no-break space, en and em dashes, curly quotes, ellipsis): the common case of English feeds.
 */
const PLAIN = /^[\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/u;
/** Tokens of {@link PLAIN} text once lower-cased: what {@link TOKEN} finds in it. */
const PLAIN_TOKEN = /[a-z0-9]+/g;

/**
 * Folds `text` and splits it into word tokens, at most `maxTokens` of them. Plain text (see
 * {@link PLAIN}) takes a shortcut with the same result: lower case and runs of ASCII letters and digits.
 */
export function tokenize(text: string, maxTokens = Number.POSITIVE_INFINITY): string[] {
  if (!PLAIN.test(text)) return tokenizeFolded(foldText(text), maxTokens);
  if (maxTokens <= 0) return [];
  // All tokens at once (an array of strings, no match objects) unless the text is far longer than asked for.
  if (text.length <= maxTokens * 16) {
    const all = text.toLowerCase().match(PLAIN_TOKEN) ?? [];
    return all.length > maxTokens ? all.slice(0, maxTokens) : all;
  }
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(PLAIN_TOKEN)) {
    tokens.push(match[0]);
    if (tokens.length >= maxTokens) break;
  }
  return tokens;
}

/** {@link PLAIN_TOKEN} on PLAIN text before lower-casing (the tokens lower-cased are the same). */
const PLAIN_TOKEN_ANY_CASE = /[a-z0-9]+/gi;

/**
 * Whether `test` holds for one of the tokens {@link tokenize} gives for `text` (at most `maxTokens`),
 * trying them in order and stopping at the first that passes: for questions about the first few
 * words of a long text, plain text is then neither lower-cased nor split as a whole.
 */
export function someToken(text: string, maxTokens: number, test: (token: string) => boolean): boolean {
  if (!PLAIN.test(text)) return tokenizeFolded(foldText(text), maxTokens).some(test);
  PLAIN_TOKEN_ANY_CASE.lastIndex = 0;
  let seen = 0;
  for (let match = PLAIN_TOKEN_ANY_CASE.exec(text); match !== null && seen < maxTokens; match = PLAIN_TOKEN_ANY_CASE.exec(text)) {
    seen += 1;
    if (test(match[0].toLowerCase())) return true;
  }
  return false;
}
