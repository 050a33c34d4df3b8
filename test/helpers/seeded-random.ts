/**
 * Random tests are repeatable: each takes its seed from `TEST_SEED` when set (to replay a failure),
 * else from its own default (a fixed one keeps a test deterministic; `undefined` draws one per run),
 * and prints the seed it used, so that a failing run can be replayed with `TEST_SEED=<seed>`.
 */

/** A seeded generator: `next()` in [0, 1), `below(n)` a whole number in [0, n). */
export interface SeededRandom {
  readonly seed: number;
  next: () => number;
  below: (n: number) => number;
}

/** A mulberry32 generator for `label`, seeded as the module comment says, its seed printed. */
export function seededRandom(label: string, defaultSeed?: number): SeededRandom {
  const fromEnv = process.env.TEST_SEED === undefined || process.env.TEST_SEED === "" ? undefined : Number(process.env.TEST_SEED);
  if (fromEnv !== undefined && !Number.isInteger(fromEnv)) throw new Error(`TEST_SEED must be a whole number, not ${process.env.TEST_SEED}`);
  const seed = (fromEnv ?? defaultSeed ?? Math.floor(Math.random() * 2 ** 32)) >>> 0;
  console.info(`${label}: seed ${seed} (replay with TEST_SEED=${seed})`);
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { seed, next, below: (n) => Math.floor(next() * n) };
}
