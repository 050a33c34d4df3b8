/**
 * Configuration: the only reader of `process.env`. Validated once at start-up with zod; every bad
 * key is listed in one error. Secrets are never printed (see {@link describeConfig}).
 */
import { z } from "zod";
import { parseAllowList } from "./adapters/feeds/address-policy.js";
import { isLoopbackHost } from "./adapters/http/ops-server.js";
import { ConfigError } from "./core/shared/errors.js";

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

/** A comma-separated FETCH_ALLOW_HOSTS list, each entry checked (host, host:port or CIDR). */
const allowList = z
  .string()
  .default("")
  .transform((value) => value.split(",").map((host) => host.trim().toLowerCase()).filter(Boolean))
  .superRefine((entries, context) => {
    try {
      parseAllowList(entries);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
    }
  });

/** At most this many OWNER_IDS entries. */
const MAX_OWNERS = 50;

/**
 * OWNER_IDS: comma-separated `telegram:<user id>` / `discord:<user id>` entries (digits only), the
 * operators who may use /admin. Kept as the same `platform:id` strings.
 */
const ownerIds = z
  .string()
  .default("")
  .transform((value) => value.split(",").map((entry) => entry.trim().toLowerCase()).filter(Boolean))
  .superRefine((entries, context) => {
    const bad = entries.filter((entry) => !/^(telegram|discord):\d{1,20}$/u.test(entry));
    if (bad.length > 0) {
      context.addIssue({ code: "custom", message: `"${bad[0]!.slice(0, 40)}" is not telegram:<user id> or discord:<user id> (digits), e.g. telegram:12345,discord:6789` });
    }
    if (entries.length > MAX_OWNERS) context.addIssue({ code: "custom", message: `lists ${entries.length} owners; at most ${MAX_OWNERS}` });
  });

const positiveInt = (fallback: number, max = 1_000_000) => z.coerce.number().int().positive().max(max).default(fallback);

const DURATION_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration such as `90m`, `6h` or `2d` (1 minute to 30 days) in ms, or `off` (undefined). */
const durationOrOff = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, context) => {
      const text = value.trim().toLowerCase();
      if (text === "off") return undefined;
      const match = /^(\d{1,6})\s*([mhd])$/u.exec(text);
      const ms = match ? Number(match[1]) * (DURATION_UNITS[match[2] ?? ""] ?? 0) : Number.NaN;
      if (!(ms >= 60_000 && ms <= 30 * 86_400_000)) {
        context.addIssue({ code: "custom", message: "must be a duration from 1m to 30d such as 90m, 6h or 2d, or off" });
        return z.NEVER;
      }
      return ms;
    });

const positiveNumber = (fallback: number, max: number) => z.coerce.number().positive().max(max).default(fallback);

const schema = z.object({
  STORE_URL: z
    .string()
    .default("sqlite://./data/newsdesk.sqlite")
    .refine((value) => !/^rediss?:\/\//u.test(value), "redis:// is no longer a store: use postgres://user@host:5432/database for several instances, or sqlite://path for one")
    .refine((value) => /^(sqlite|postgres|postgresql|rediss?):\/\//u.test(value), "must start with sqlite:// or postgres://"),
  SOURCES_FILE: z.string().min(1).default("./samples/sources.yaml"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  LOG_FILE: optionalText,
  DEFAULT_TIMEZONE: timeZone.default("UTC"),
  DEFAULT_BRIEFING_TIME: timeOfDay.default("07:00"),
  ARTICLE_RETENTION_DAYS: positiveInt(14, 365),
  FEED_POLL_INTERVAL: positiveInt(600, 86_400).describe("seconds"),
  POLL_TICK_SECONDS: positiveInt(15, 60),
  FEED_TIMEOUT_MS: positiveInt(15_000, 120_000),
  FEED_MAX_BYTES: positiveInt(5_000_000, 50_000_000),
  FEED_FAILURES_BEFORE_UNHEALTHY: positiveInt(5, 1_000),
  /** How long a feed fails before the chats of its section are told (ms), or undefined: never. */
  FEED_FAILING_NOTICE_AFTER: durationOrOff("6h"),
  FEED_CONCURRENCY: positiveInt(200, 2_000),
  FEED_CONCURRENCY_PER_HOST: positiveInt(6, 100),
  MAX_SECTIONS_PER_CHAT: positiveInt(20, 100),
  MAX_FOLLOWS_PER_CHAT: positiveInt(50, 1_000),
  /** Feeds one chat may add itself (/source add). */
  MAX_SOURCES_PER_CHAT: positiveInt(20, 200),
  /** Distinct chat-added feeds over all chats (each polled once however many chats use it). */
  MAX_CHAT_SOURCES_TOTAL: positiveInt(5_000, 200_000),
  /** Largest OPML file `/source import` downloads and reads, in bytes (Telegram lets bots download 20 MB). */
  OPML_IMPORT_MAX_BYTES: positiveInt(524_288, 20_000_000),
  DIGEST_SIZE: positiveInt(8, 25),
  ALERTS_PER_HOUR: positiveInt(10, 1_000),
  BRIEFING_GRACE_MINUTES: z.coerce.number().int().nonnegative().max(24 * 60).default(120),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(3_000).max(3_600_000).default(20_000),
  OWNER_IDS: ownerIds,
  INSTANCE_ID: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/u, "must be 1-64 letters, digits, dots, dashes or underscores").optional(),
  REDIS_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || /^rediss?:\/\/[^/]/u.test(value), "must be a redis://host:port URL"),
  STORE_TABLE_PREFIX: z.string().regex(/^[A-Za-z0-9_]{1,40}$/u, "must be 1-40 letters, digits or underscores").default("newsdesk"),
  CONSOLE: booleanText.optional(),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optionalText.refine((value) => value === undefined || /^https:\/\/[^\s/]+/u.test(value), "must be an https URL"),
  TELEGRAM_WEBHOOK_SECRET: optionalText.refine((value) => value === undefined || /^[A-Za-z0-9_-]{1,256}$/u.test(value), "must be 1-256 of A-Z a-z 0-9 _ -"),
  TELEGRAM_WEBHOOK_PORT: positiveInt(8443, 65_535),
  TELEGRAM_WEBHOOK_HOST: z.string().min(1).default("0.0.0.0"),
  TELEGRAM_MAX_MESSAGES_PER_SECOND: positiveNumber(29.5, 30),
  TELEGRAM_RECEIVE_UPDATES: booleanText.default(true),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_ROOT: optionalUrl,
  DISCORD_MAX_MESSAGES_PER_SECOND: positiveNumber(49, 50),
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
  SUMMARY_CHAT_BUDGET_SHARE: z.coerce.number().gt(0, "must be more than 0").max(1, "must be at most 1").default(0.1),
  SUMMARY_LINKS_PER_USER_PER_HOUR: z.coerce.number().int().nonnegative().max(10_000).default(5),
  SUMMARY_LINKS_PER_CHAT_PER_HOUR: z.coerce.number().int().nonnegative().max(100_000).default(20),
  ARTICLE_FETCH: booleanText.default(true),
  FETCH_ALLOW_HOSTS: allowList,
  /** The former name of FETCH_ALLOW_HOSTS, still read (both lists apply). */
  ARTICLE_FETCH_ALLOW_HOSTS: allowList,
  ARTICLE_FETCH_TIMEOUT_MS: positiveInt(10_000, 60_000),
  HTTP_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  HTTP_HOST: z.string().regex(/^[A-Za-z0-9.:-]{1,255}$/u, "must be a host name or IP address, e.g. 127.0.0.1").default("127.0.0.1"),
  STATUS_TOKEN: optionalText.refine((value) => value === undefined || /^[\x21-\x7e]{16,256}$/u.test(value), "must be 16-256 printable characters without spaces"),
});

/** Every key configuration reads. */
export const CONFIG_KEYS: readonly string[] = Object.keys(schema.shape);

/** Validated configuration. */
export type Config = z.infer<typeof schema>;

/** Keys whose values must never be printed. */
const secretKeys = new Set(["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_TOKEN", "OPENAI_API_KEY", "STATUS_TOKEN"]);

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
    .refine((config) => config.HTTP_PORT === undefined || isLoopbackHost(config.HTTP_HOST) || config.STATUS_TOKEN, {
      path: ["STATUS_TOKEN"],
      message: "required when HTTP_HOST is not a loopback address (the status page and /metrics would be open to the network)",
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
        // Our own checks' messages never quote the value: shown even for a secret key.
        return secretKeys.has(key) && issue.code !== "custom" ? `${key}: invalid value` : `${key}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

/** The configuration as printable text, secrets masked (tokens, and passwords and queries of URLs). */
export function describeConfig(config: Config): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [
      key,
      secretKeys.has(key) && value !== undefined ? "(set)" : typeof value === "string" ? maskUrl(value) : value,
    ]),
  );
}

/**
 * Every secret value of the configuration, for scrubbing logs: tokens and keys, and the passwords and
 * query values of URL settings (with their percent-encoded forms). Short values are left out (they
 * would redact ordinary words).
 */
export function secretValuesOf(config: Config): string[] {
  const values = new Set<string>();
  for (const [key, value] of Object.entries(config)) {
    if (typeof value !== "string" || value === "") continue;
    if (secretKeys.has(key) || /(?:TOKEN|KEY|SECRET|PASSWORD)$/u.test(key)) values.add(value);
    if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(value)) {
      try {
        const url = new URL(value);
        if (url.password !== "") {
          values.add(url.password);
          values.add(decodeURIComponent(url.password));
        }
        for (const parameter of url.searchParams.values()) values.add(parameter);
      } catch {
        // An unparseable URL holds no password we could find.
      }
    }
  }
  return [...values].filter((value) => value.length >= 6);
}

/** A URL without its password and query values (`postgres://newsdesk:***@db/newsdesk`); other text as it is. */
export function maskUrl(value: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//iu.test(value)) return value;
  try {
    const url = new URL(value);
    if (url.password !== "") url.password = "***";
    for (const name of [...url.searchParams.keys()]) url.searchParams.set(name, "***");
    return url.toString();
  } catch {
    return "(unparseable URL)";
  }
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
