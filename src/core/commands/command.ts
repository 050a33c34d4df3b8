/**
 * The command contract: one platform-neutral module per slash command (in `commands/`), run by every
 * platform adapter through the same {@link CommandContext}.
 */
import type { Reply } from "../digests/briefing-document.js";
import type { ChatRef } from "../chats/chat.js";
import type { CommandServices } from "./command-services.js";
import type { CommandOptions } from "./command-options.js";
import type { Text, TextOf } from "../shared/translator.js";

/**
 * Option value types every platform can express. `attachment`: a file sent with the command (a
 * Discord attachment option; on Telegram the document carrying the command as its caption, or the
 * document the command replies to); text platforms never read it from the argument line.
 */
export type OptionType = "string" | "integer" | "boolean" | "attachment";

/**
 * A file a user sent with a command. Only the platform's own file host is read (the Bot API file
 * URL, Discord's attachment URL as the interaction gives it), never an address the user typed.
 */
export interface IncomingFile {
  /** The name the user gave the file (untrusted, for messages only). */
  name: string;
  /** Size the platform declares, in bytes, when it does. */
  size?: number;
  /**
   * Downloads the file, at most `maxBytes` (a larger file fails with a `file-too-large`
   * UserFacingError, whatever the platform declared), within `signal`.
   */
  read(maxBytes: number, signal: AbortSignal): Promise<Uint8Array>;
}

/** What an adapter can offer as autocomplete/choices for an option. */
export type OptionCompletion = "section" | "follow" | "command";

/** Declaration of one command option. */
export interface OptionSpec {
  /** `[a-z0-9_]{1,32}`. */
  name: string;
  /** At most 100 characters. */
  description: string;
  /** What the value is, in the user's words, for messages ("number of stories"); default: `name`. */
  label?: string;
  /** A value that works, for "Try /command <example>." and /help. */
  example?: string;
  type: OptionType;
  required: boolean;
  /** Fixed choices (shown as such on Discord, validated everywhere). */
  choices?: readonly string[];
  /** Dynamic suggestions the adapter may offer. */
  completion?: OptionCompletion;
  /** Longest accepted string. */
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
  /**
   * On text platforms, the last string option may take the rest of the line, spaces included
   * (`/follow Judgement Panda`).
   */
  rest?: boolean;
}

/**
 * Who may run a command: `chat-admin` in a group or channel (private chats: always the chat's
 * owner); `owner`: only the operators in OWNER_IDS, anywhere (hidden from everyone else).
 */
export type CommandPermission = "anyone" | "chat-admin" | "owner";

/** The kind of conversation a command runs in. */
export type ChatKind = "private" | "group" | "channel";

/** The chat a command runs in. */
export interface CommandChat extends ChatRef {
  kind: ChatKind;
  title?: string;
  /**
   * Who may change this chat's settings, in the platform's words, for refusals ("members with the
   * Manage Channels permission"); default: "administrators of this <kind>".
   */
  managedBy?: Text;
  /**
   * The language the platform reports for this chat, as sent (Telegram: the `language_code` of the
   * user who sent the command; Discord: the server's `guild_locale` in a server, the user's
   * `locale` in direct messages); absent when it says none.
   */
  locale?: string;
}

/** The user who ran the command. */
export interface CommandActor {
  id: string;
  displayName: string;
  /** Whether the actor may manage this chat's subscriptions (asks the platform; adapters cache it). */
  isChatAdmin(): Promise<boolean>;
}

/** How a command talks to the user: the same on every platform. */
export interface CommandContext {
  chat: CommandChat;
  actor: CommandActor;
  /** Acknowledge now, answer later: call before slow work (platforms time out quick answers). */
  defer(): Promise<void>;
  /** Answer in the chat (or edit the deferred answer). */
  reply(reply: Reply): Promise<void>;
  /** Answer only the actor (ephemeral on Discord, private message on Telegram). */
  replyPrivately(reply: Reply): Promise<void>;
}

/** Everything a command's `run` receives. */
export interface CommandInput {
  context: CommandContext;
  options: CommandOptions;
  services: CommandServices;
  /** The chat's language (a shipped one; see chat-language.ts `answerLanguage`). */
  language: string;
  /** The catalogue messages in the chat's language: every sentence a command answers with. */
  text: TextOf;
}

/** One slash command. */
export interface CommandDefinition {
  /** `[a-z0-9_]{1,32}`, valid on Discord and Telegram. */
  name: string;
  /** At most 100 characters. */
  description: string;
  options: readonly OptionSpec[];
  permission: CommandPermission;
  /** Whether the command does slow work (adapters defer before running it). */
  slow?: boolean;
  /**
   * Whether the command sets up deliveries into this chat (the bot must be able to post there;
   * adapters check that first and say what is missing).
   */
  setsUpDeliveries?: boolean;
  /** Whether the answer shows this chat's settings: answered privately where the platform can. */
  showsSettings?: boolean;
  /**
   * Limits beyond the options' own (lengths and ranges), one sentence each, shown by `/help <name>`;
   * built from the same constants and settings the code enforces, in the language `text` writes.
   */
  limits?(services: CommandServices, text: TextOf): string[];
  run(input: CommandInput): Promise<void>;
}
