/**
 * Repair of mojibake in feed text: UTF-8 that was once decoded as windows-1252 or Latin-1
 * ("Russiaâ€™s", "cafÃ©", "ÐŸÑ€Ð¸Ð²ÐµÑ‚") turned back into what was written ("Russia’s", "café",
 * "Привет"). Each suspicious run of characters is mapped back to the bytes windows-1252 gives
 * them and kept only when those bytes are one valid UTF-8 character.
 *
 * Conservative, because legitimate text contains these letters too (Portuguese "NÃO", French
 * "«ÉTÉ»"):
 * - 3- and 4-byte sequences ("â€™", "â€œ", emoji) and "Â"/"Ã" followed by a Latin-1 symbol
 *   (U+00A0–U+00BF: "Ã©", "Ã¼", "Â°") are never legitimate: always repaired. So is "â€" at the end
 *   of a word (the ” whose last byte, 0x9D, windows-1252 cannot show, was lost).
 * - "Ã"/"Â" followed by windows-1252 punctuation ("Ã‰" for É, but also "IRMÃ”" = IRMÃ + ”) and
 *   other two-byte sequences ("Ð¿" for п, but also "É»") are repaired only when the text also
 *   holds a sure case, or (for "Ã"/"Â") a letter follows, or (for the others) two of them are
 *   adjacent, as in Cyrillic or Greek words.
 * Text is repaired at most three times over (doubly encoded text takes two rounds).
 */
import { CP1252, sequenceLength } from "./lenient-utf8.js";

/** Character → the windows-1252 byte (0x80–0xFF) that decodes to it; C1 controls map to themselves. */
const BYTE_OF = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte += 1) {
  BYTE_OF.set(CP1252[byte] ?? "", byte);
  BYTE_OF.set(String.fromCharCode(byte), byte);
}

/** Characters whose windows-1252 byte is a UTF-8 continuation byte (0x80–0xBF). */
const CONTINUATION = [...BYTE_OF].filter(([, byte]) => byte >= 0x80 && byte <= 0xbf).map(([char]) => char);
const CONT_CLASS = `[${CONTINUATION.map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`;
/** A lead character (bytes 0xC2–0xF4) and up to three continuation characters. */
const CANDIDATE = new RegExp(`[\\u00c2-\\u00f4]${CONT_CLASS}{1,3}`, "gu");
const QUICK = new RegExp(`[\\u00c2-\\u00f4]${CONT_CLASS}`, "u");
const LETTER = /\p{L}/u;

type Strength = "sure" | "latin" | "other";

interface Candidate {
  index: number;
  /** Characters of the match that form the sequence. */
  length: number;
  replacement: string;
  strength: Strength;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function candidateAt(match: RegExpExecArray, text: string): Candidate | undefined {
  const chars = [...match[0]];
  const bytes = Uint8Array.from(chars.map((char) => BYTE_OF.get(char) ?? 0));
  const lead = bytes[0] ?? 0;
  const length = sequenceLength(bytes, 0);
  if (length === 0) {
    // "â€" + a character that is no continuation: the lost 0x9D of ”.
    const lostQuote = lead === 0xe2 && bytes[1] === 0x80 && chars.length === 2 && !LETTER.test(text[match.index + 2] ?? "");
    return lostQuote ? { index: match.index, length: 2, replacement: "”", strength: "sure" } : undefined;
  }
  const replacement = utf8.decode(bytes.subarray(0, length));
  const second = bytes[1] ?? 0;
  let strength: Strength = "other";
  if (length > 2 || ((lead === 0xc2 || lead === 0xc3) && second >= 0xa0)) strength = "sure";
  else if (lead === 0xc2 || lead === 0xc3) strength = "latin";
  return { index: match.index, length, replacement, strength };
}

function repairOnce(text: string): string {
  if (!QUICK.test(text)) return text;
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(new RegExp(CANDIDATE.source, "gu"))) {
    const candidate = candidateAt(match, text);
    if (candidate !== undefined) candidates.push(candidate);
  }
  const anySure = candidates.some((candidate) => candidate.strength === "sure");
  const accepted = candidates.filter((candidate, i) => {
    if (candidate.strength === "sure" || anySure) return true;
    if (candidate.strength === "latin") return LETTER.test(text[candidate.index + candidate.length] ?? "");
    const end = candidate.index + candidate.length;
    const next = candidates[i + 1];
    const previous = candidates[i - 1];
    return next?.index === end || (previous !== undefined && previous.index + previous.length === candidate.index);
  });
  if (accepted.length === 0) return text;
  let result = "";
  let last = 0;
  for (const candidate of accepted) {
    result += text.slice(last, candidate.index) + candidate.replacement;
    last = candidate.index + candidate.length;
  }
  return result + text.slice(last);
}

/** `text` with windows-1252/Latin-1 mojibake of UTF-8 repaired (see the module comment); unchanged when none is found. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    const next = repairOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}
