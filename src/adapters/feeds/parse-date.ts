/**
 * Strict parsing of feed dates (RFC 822/2822 as used by RSS, RFC 3339/ISO 8601 as used by Atom,
 * RDF dc:date and JSON Feed). `Date.parse` alone is too lenient ("garbage 2018" is 1 Jan 2018),
 * so only these shapes are accepted, plus two common deviations (`2020/1/10 14:33`, `Friday,
 * January 29, 2021 04:42 PM`) and localised month names; anything else is "no date". Dates without
 * a zone, or with an unknown zone name, are read as UTC.
 */

/** Offsets in minutes of the zone names RFC 822 allows plus common ones feeds use anyway. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  IST: 330, HKT: 480, SGT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/**
 * Month abbreviations of feeds that localise RFC 822 dates against the spec (Portuguese, Spanish,
 * French, German, Italian), mapped to the month index. English names come from {@link MONTHS}.
 */
const LOCAL_MONTHS: Record<string, number> = {
  fev: 1, abr: 3, mai: 4, ago: 7, set: 8, out: 9, dez: 11, // pt
  ene: 0, dic: 11, // es (feb, mar, may, jun, jul, sep, oct, nov as English)
  fév: 1, avr: 3, jui: 5, aoû: 7, déc: 11, // fr ("juil" is handled below)
  mär: 2, mrz: 2, okt: 9, // de
  gen: 0, mag: 4, giu: 5, lug: 6, ott: 9, // it
};

const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const rfc822 =
  /^(?:\p{L}{2,12}\.?,?\s+)?(\d{1,2})[\s-]+(\p{L}{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?(?:\s*\([^)]*\))?$/iu;
/** `2020/1/10 14:33:00` (no zone; read as UTC). */
const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** `Friday, January 29, 2021 04:42 PM` (US style, no zone; read as UTC). */
const american = /^(?:\p{L}+,?\s+)?(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/iu;

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const time = Date.UTC(y, mo, d, h, mi, s, ms);
  // Reject day overflow (31 June) instead of silently rolling into the next month.
  return new Date(time).getUTCDate() === d || h === 24 || s === 60 ? time : undefined;
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === "Z") return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? "0");
    return numeric[1] === "-" ? -minutes : minutes;
  }
  // Unknown zone names are read as UTC: hours off is better than dropping the date.
  return ZONES[zone.toUpperCase()] ?? 0;
}

function parseIso(m: RegExpExecArray): number | undefined {
  const fraction = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  const time = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), fraction);
  return time === undefined ? undefined : time - offsetMinutes(m[8]) * 60_000;
}

function monthIndex(name: string | undefined): number {
  const lower = (name ?? "").toLowerCase();
  if (lower === "juil") return 6;
  const english = MONTHS.indexOf(lower.slice(0, 3));
  return english !== -1 ? english : (LOCAL_MONTHS[lower.slice(0, 3)] ?? -1);
}

function parseRfc822(m: RegExpExecArray): number | undefined {
  const month = monthIndex(m[2]);
  let year = Number(m[3]);
  if ((m[3] ?? "").length === 2) year += year < 50 ? 2000 : 1900;
  const time = utc(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0);
  return time === undefined ? undefined : time - offsetMinutes(m[7]) * 60_000;
}

/** Epoch milliseconds of a feed date, or `undefined` when absent or not a recognisable date. */
export function parseFeedDate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim().replace(/\s+/g, " ");
  if (text === "" || text.length > 100) return undefined;
  const isoMatch = iso.exec(text);
  if (isoMatch) return parseIso(isoMatch);
  const rfcMatch = rfc822.exec(text);
  if (rfcMatch) return parseRfc822(rfcMatch);
  const slashMatch = slashed.exec(text);
  if (slashMatch) {
    const [, y, mo, d, h, mi, sec] = slashMatch;
    return utc(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), 0);
  }
  const usMatch = american.exec(text);
  if (usMatch) {
    const [, monthName, d, y, h, mi, sec, meridiem] = usMatch;
    let hour = Number(h ?? 0);
    if (meridiem !== undefined) hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
    return utc(Number(y), monthIndex(monthName), Number(d), hour, Number(mi ?? 0), Number(sec ?? 0), 0);
  }
  return undefined;
}
