/**
 * The title fingerprint used for dedupe. The core owns the one implementation
 * (`src/core/dedupe-keys.ts`, since dedupe is a core rule); the feeds adapter re-exports it so
 * that feed-side code and tests use exactly the same key.
 *
 * Behaviour: NFKD with combining marks (diacritics) removed, lower-cased, every run of
 * characters that are not letters or digits (punctuation, symbols, whitespace) turned into one
 * space, trimmed. A trailing " - Publisher" of aggregator titles is kept as words, not removed.
 */
export { titleFingerprint as fingerprintTitle } from "../../core/dedupe-keys.js";
