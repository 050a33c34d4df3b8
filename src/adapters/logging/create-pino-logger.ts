/**
 * The one logger: pino, JSON lines on stderr (stdout belongs to the terminal chat).
 */
import { pino } from "pino";
import type { Logger } from "../../core/ports.js";

/** Creates the process logger. Token-looking fields are redacted as a second line of defence. */
export function createPinoLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { app: "newsdesk" },
      redact: { paths: ["token", "*.token", "apiKey", "*.apiKey", "authorization", "*.authorization"], censor: "[redacted]" },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
