/**
 * Discord API error bodies for the fake Discord server.
 *
 * Handlers throw {@link FakeDiscordError}; the router answers with its status, the JSON body Discord
 * sends (`{ message, code, errors? }`) and any extra headers (rate limits).
 */

/** Nested form errors as Discord reports them: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export interface FormErrors {
  [key: string]: FormErrors | { code: string; message: string }[];
}

/** A Discord API failure with the exact status, JSON error code and message Discord sends. */
export class FakeDiscordError extends Error {
  readonly status: number;
  readonly code: number;
  readonly errors: FormErrors | undefined;
  readonly headers: Record<string, string>;
  readonly extraBody: Record<string, unknown>;

  constructor(status: number, code: number, message: string, options: { errors?: FormErrors; headers?: Record<string, string>; extraBody?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "FakeDiscordError";
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extraBody = options.extraBody ?? {};
  }

  /** The JSON body Discord answers with. */
  toBody(): Record<string, unknown> {
    return { message: this.message, code: this.code, ...(this.errors ? { errors: this.errors } : {}), ...this.extraBody };
  }
}

export const unauthorized = (): FakeDiscordError => new FakeDiscordError(401, 0, "401: Unauthorized");
export const notFound = (): FakeDiscordError => new FakeDiscordError(404, 0, "404: Not Found");
export const unknownChannel = (): FakeDiscordError => new FakeDiscordError(404, 10003, "Unknown Channel");
export const unknownGuild = (): FakeDiscordError => new FakeDiscordError(404, 10004, "Unknown Guild");
export const unknownMessage = (): FakeDiscordError => new FakeDiscordError(404, 10008, "Unknown Message");
export const unknownWebhook = (): FakeDiscordError => new FakeDiscordError(404, 10015, "Unknown Webhook");
export const unknownInteraction = (): FakeDiscordError => new FakeDiscordError(404, 10062, "Unknown interaction");
export const alreadyAcknowledged = (): FakeDiscordError => new FakeDiscordError(400, 40060, "Interaction has already been acknowledged.");
export const missingAccess = (): FakeDiscordError => new FakeDiscordError(403, 50001, "Missing Access");
export const cannotMessageUser = (): FakeDiscordError => new FakeDiscordError(403, 50007, "Cannot send messages to this user");
export const missingPermissions = (): FakeDiscordError => new FakeDiscordError(403, 50013, "Missing Permissions");
export const emptyMessage = (): FakeDiscordError => new FakeDiscordError(400, 50006, "Cannot send an empty message");

/** 400 Invalid Form Body (50035) with Discord's nested `errors`. */
export function invalidFormBody(errors: FormErrors): FakeDiscordError {
  return new FakeDiscordError(400, 50035, "Invalid Form Body", { errors });
}

/** Builds the nested error object for one path, e.g. `["embeds", 0, "title"]`. */
export function formError(path: readonly (string | number)[], code: string, message: string): FormErrors {
  let node: FormErrors = { _errors: [{ code, message }] };
  for (const key of [...path].reverse()) node = { [String(key)]: node };
  return node;
}
