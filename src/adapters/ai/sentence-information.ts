/**
 * How much a sentence tells a reader who did what, and when: names (capitalised words past the
 * first), numbers, and dates or times. Extractive summaries weight sentence centrality by it, so
 * that "The mayor of Lyon, Grégory Doucet, signed the order on 3 March" wins over "It is a
 * question many people ask". Works on any cased script; uncased scripts (CJK, Arabic) score on
 * numbers and dates only, equally for every sentence.
 */

const MONTH_OR_DAY = new RegExp(
  "\\b(?:" +
    [
      "january|february|march|april|june|july|august|september|october|november|december",
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight",
      "januar|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|morgen",
      "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|demain",
      "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|mañana",
    ].join("|") +
    ")\\b",
  "iu",
);
const YEAR_OR_TIME = /\b(?:1[89]\d{2}|20\d{2})\b|\b\d{1,2}[:.h]\d{2}\b/u;
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * A multiplier for a sentence's ranking score: 0.75 for a sentence with no name, number or date,
 * up to 1.55 for one with several of each.
 */
export function informationWeight(sentence: string): number {
  const words = sentence.match(WORD) ?? [];
  const names = words.slice(1).filter((word) => /^\p{Lu}/u.test(word)).length;
  const numbers = sentence.match(NUMBER)?.length ?? 0;
  const when = MONTH_OR_DAY.test(sentence) || YEAR_OR_TIME.test(sentence) ? 1 : 0;
  return 0.75 + 0.1 * Math.min(names, 4) + 0.1 * Math.min(numbers, 2) + 0.2 * when;
}
