/**
 * How the node process running newsdesk is started, in one place: `npm start`, the systemd unit
 * (docs/deploy/newsdesk.service) and the memory bench use exactly these (a test checks the first two).
 *
 * - `--max-semi-space-size=2`: V8's young generation otherwise grows to 3 × 16 MB and stays there;
 *   newsdesk's short-lived garbage (one briefing, one feed) fits 2 MB semi-spaces, which keeps a
 *   briefing round's peak RSS ~30–70 MB lower at 100,000 chats (bench/memory.bench.ts).
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates (libuv's pool: DNS, file I/O,
 *   SQLite via @keyv/sqlite) its own arena of up to 64 MB; two arenas keep native memory ~20–40 MB
 *   lower with no measurable cost here.
 */

/** Flags given to node before the script. */
export const RUNTIME_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=2"];

/** Environment set for the process (read by glibc at start, so it cannot be set from inside). */
export const RUNTIME_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };
