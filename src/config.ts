/**
 * Configuration: the only reader of `process.env`. Validated once at start-up with zod; every bad
 * key is listed in one error. Secrets are never printed (see {@link describeConfig}).
 */
import { z } from "zod";
import { ConfigError } from "./core/errors.js";

const booleanText = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/u, "must be HH:MM (24-hour), e.g. 07:00");

const timeZone = z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/London");

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const optionalUrl = optionalText.refine(
  (value) => value === undefined || /^https?:\/\/[^\s/]+/u.test(value),
  "must be an http(s) URL",
);

const positiveInt = (fallback: number, max = 1_000_000) => z.coerce.number().int().positive().max(max).default(fallback);

const schema = z.object({
  STORE_URL: z
    .string()
    .default("sqlite://./data/newsdesk.sqlite")
    .refine((value) => /^(sqlite|redis|rediss):\/\//u.test(value), "must start with sqlite:// or redis://"),
  SOURCES_FILE: z.string().min(1).default("./samples/sources.yaml"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  DEFAULT_TIMEZONE: timeZone.default("UTC"),
  DEFAULT_BRIEFING_TIME: timeOfDay.default("07:00"),
  ARTICLE_RETENTION_DAYS: positiveInt(14, 365),
  FEED_POLL_INTERVAL: positiveInt(600, 86_400).describe("seconds"),
  POLL_TICK_SECONDS: positiveInt(15, 60),
  FEED_TIMEOUT_MS: positiveInt(15_000, 120_000),
  FEED_MAX_BYTES: positiveInt(5_000_000, 50_000_000),
  FEED_FAILURES_BEFORE_UNHEALTHY: positiveInt(5, 1_000),
  FEED_CONCURRENCY: positiveInt(200, 2_000),
  FEED_CONCURRENCY_PER_HOST: positiveInt(6, 100),
  MAX_SECTIONS_PER_CHAT: positiveInt(20, 100),
  MAX_FOLLOWS_PER_CHAT: positiveInt(50, 1_000),
  DIGEST_SIZE: positiveInt(8, 25),
  ALERTS_PER_HOUR: positiveInt(10, 1_000),
  BRIEFING_GRACE_MINUTES: z.coerce.number().int().nonnegative().max(24 * 60).default(120),
  OUTBOX_LEASE_MS: positiveInt(120_000, 3_600_000),
  INSTANCE_ID: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/u, "must be 1-64 letters, digits, dots, dashes or underscores").optional(),
  CONSOLE: booleanText.optional(),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optionalText.refine((value) => value === undefined || /^https:\/\/[^\s/]+/u.test(value), "must be an https URL"),
  TELEGRAM_WEBHOOK_SECRET: optionalText.refine((value) => value === undefined || /^[A-Za-z0-9_-]{1,256}$/u.test(value), "must be 1-256 of A-Z a-z 0-9 _ -"),
  TELEGRAM_WEBHOOK_PORT: positiveInt(8443, 65_535),
  TELEGRAM_WEBHOOK_HOST: z.string().min(1).default("0.0.0.0"),
  TELEGRAM_MAX_MESSAGES_PER_SECOND: positiveInt(25, 30),
  TELEGRAM_RECEIVE_UPDATES: booleanText.default(true),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_ROOT: optionalUrl,
  DISCORD_SHARD_COUNT: z.coerce.number().int().positive().max(10_000).optional(),
  DISCORD_SHARD_IDS: optionalText
    .refine((value) => value === undefined || /^\d+(,\d+)*$/u.test(value), "must be shard ids separated by commas, e.g. 0,1")
    .transform((value) => value?.split(",").map(Number)),
  DISCORD_GUILD_ID: optionalText.refine((value) => value === undefined || /^\d{17,20}$/u.test(value), "must be a server id (17-20 digits)"),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl,
  SUMMARY_MODEL: optionalText,
  SUMMARY_LANGUAGE: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u, "must be a language tag such as en or pt-BR").default("en"),
  SUMMARY_CONCURRENCY: positiveInt(4, 64),
  SUMMARY_TIMEOUT_MS: positiveInt(20_000, 300_000),
  SUMMARY_MAX_OUTPUT_TOKENS: positiveInt(300, 4_000),
  SUMMARY_MAX_CHARS: positiveInt(400, 2_000),
  SUMMARY_DAILY_TOKEN_BUDGET: z.coerce.number().int().nonnegative().default(200_000),
  ARTICLE_FETCH: booleanText.default(true),
  ARTICLE_FETCH_ALLOW_HOSTS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((host) => host.trim().toLowerCase()).filter(Boolean)),
  ARTICLE_FETCH_TIMEOUT_MS: positiveInt(10_000, 60_000),
});

/** Every key configuration reads. */
export const CONFIG_KEYS: readonly string[] = Object.keys(schema.shape);

/** Validated configuration. */
export type Config = z.infer<typeof schema>;

/** Keys whose values must never be printed. */
const secretKeys = new Set(["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_TOKEN", "OPENAI_API_KEY"]);

/**
 * Loads `.env` (when present; real environment variables win) and validates the environment.
 * @throws ConfigError listing every invalid key.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, envFile: string | undefined = ".env"): Config {
  const merged: Record<string, string | undefined> = { ...readEnvFile(envFile), ...environment };
  // A key left blank (as in .env.example) means "use the default".
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value.trim() === "") delete merged[key];
  const result = schema
    .refine((config) => !config.DISCORD_TOKEN || config.DISCORD_APPLICATION_ID, {
      path: ["DISCORD_APPLICATION_ID"],
      message: "required when DISCORD_TOKEN is set (developer portal → General Information → Application ID)",
    })
    .refine((config) => !config.DISCORD_SHARD_IDS || (config.DISCORD_SHARD_COUNT !== undefined && config.DISCORD_SHARD_IDS.every((id) => id < (config.DISCORD_SHARD_COUNT ?? 0))), {
      path: ["DISCORD_SHARD_IDS"],
      message: "needs DISCORD_SHARD_COUNT, and every id must be below it",
    })
    .refine((config) => !config.TELEGRAM_WEBHOOK_URL || config.TELEGRAM_WEBHOOK_SECRET, {
      path: ["TELEGRAM_WEBHOOK_SECRET"],
      message: "required when TELEGRAM_WEBHOOK_URL is set",
    })
    .safeParse(merged);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? "(environment)");
        return secretKeys.has(key) ? `${key}: invalid value` : `${key}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

/** The configuration as printable text, secrets masked. */
export function describeConfig(config: Config): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [key, secretKeys.has(key) && value !== undefined ? "(set)" : value]),
  );
}

function readEnvFile(file: string | undefined): Record<string, string> {
  if (!file) return {};
  const values: Record<string, string> = {};
  const saved = { ...process.env };
  try {
    // process.loadEnvFile writes into process.env; read what it added, then restore.
    process.loadEnvFile(file);
    for (const [key, value] of Object.entries(process.env)) {
      if (saved[key] === undefined && value !== undefined) values[key] = value;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new ConfigError([`.env: ${(error as Error).message}`]);
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  }
  return values;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
