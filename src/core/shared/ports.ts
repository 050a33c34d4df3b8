/** The two ports every concept uses: the clock and the logger. Nothing here imports an SDK. */

/** The current time. Injected so that tests and scheduled jobs control it. */
export interface Clock {
  now(): number;
}

/** Structured logger (pino-compatible subset). Never pass tokens or message bodies. */
export interface Logger {
  debug(context: object, message: string): void;
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
  child(bindings: object): Logger;
}
