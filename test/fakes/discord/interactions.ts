/**
 * Interactions in the fake Discord: building INTERACTION_CREATE payloads the way Discord sends them
 * (slash commands, autocomplete, buttons, selects, modal submits), and the HTTP side the bot answers on:
 * `POST /interactions/{id}/{token}/callback`, `PATCH|DELETE|GET /webhooks/{app}/{token}/messages/%40original`
 * and `POST /webhooks/{app}/{token}` (follow-ups).
 *
 * Discord's rules enforced: one initial response per interaction (40060 for a second), sent within 3
 * seconds of the dispatch (else 10062 Unknown interaction; the token is invalidated); webhook calls only
 * after acknowledgement (10015) and within 15 minutes; after a deferral (type 5) the first edit or
 * follow-up becomes the original message and keeps the deferral's ephemeral flag; a deleted original
 * stays deleted (10008). Message bodies are validated like channel messages; autocomplete choices (at
 * most 25, name 1..100) and modals (custom_id ≤ 100, title ≤ 45, 1..5 components) are checked.
 */
import { PermissionFlagsBits } from "discord.js";
import { FakeDiscordError, alreadyAcknowledged, formError, invalidFormBody, notFound, unknownInteraction, unknownMessage, unknownWebhook } from "./api-error.js";
import type { FakeChannel, FakeDiscordState, Json, RecordedMessage } from "./fake-state.js";
import { validateMessageBody } from "./message-validation.js";

/** A user of the fake. */
export interface FakeUser {
  id: string;
  username: string;
}

/** What a member may do where the interaction happens; default: an ordinary member. */
export const MEMBER_PERMISSIONS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.ReadMessageHistory | PermissionFlagsBits.UseApplicationCommands;
/** A member who may manage channels. */
export const ADMIN_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageChannels;

/** One dispatched interaction and everything the bot answered to it. */
export interface FakeInteraction {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  channelId: string;
  user: FakeUser;
  dispatchedAt: number;
  /** The INTERACTION_CREATE `d` that was dispatched. */
  payload: Json;
  /** The initial response: 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  callback?: { type: number; data?: Json; at: number };
  /** The original response message (after type 4, or after the first edit/follow-up of a deferral). */
  original?: RecordedMessage;
  followUps: RecordedMessage[];
  /** Autocomplete answer. */
  choices?: { name: string; value: string | number }[];
  /** Type 9 answer. */
  modal?: Json;
  deferredEphemeral: boolean;
  /** Calls the bot made that the fake refused (late callbacks...). */
  failures: { path: string; code: number }[];
}

/** Common fields of every interaction a test dispatches. */
export interface InteractionInit {
  channelId: string;
  user?: FakeUser;
  /** Guild channels only; default {@link MEMBER_PERMISSIONS}. */
  memberPermissions?: bigint;
  /** The user's client language; default "en-US". */
  locale?: string;
  /** The server's preferred language (guild channels only); default "en-US". */
  guildLocale?: string;
}

const TOKEN_LIFETIME_MS = 15 * 60_000;
const RESPONSE_DEADLINE_MS = 3_000;
export const DEFAULT_USER: FakeUser = { id: "700000000000000001", username: "reader" };

/** Builds payloads and tracks responses. */
export class InteractionHub {
  readonly interactions: FakeInteraction[] = [];
  private readonly state: FakeDiscordState;
  private readonly applicationId: string;

  constructor(state: FakeDiscordState, applicationId: string) {
    this.state = state;
    this.applicationId = applicationId;
  }

  /** Creates the interaction record and its INTERACTION_CREATE payload. */
  create(type: number, data: Json, init: InteractionInit, extra: Json = {}): FakeInteraction {
    const channel = this.state.channels.get(init.channelId);
    if (!channel) throw new Error(`fake-discord: unknown channel ${init.channelId}; addChannel it first`);
    const user = init.user ?? DEFAULT_USER;
    const id = this.state.snowflake();
    const token = `itok-${id}`;
    const userJson = { id: user.id, username: user.username, discriminator: "0", global_name: user.username, avatar: null, bot: false };
    const inGuild = channel.guildId !== undefined;
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data,
      channel_id: channel.id,
      channel: channelJson(channel, userJson, init.memberPermissions ?? MEMBER_PERMISSIONS),
      app_permissions: String(channel.botPermissions),
      locale: init.locale ?? "en-US",
      entitlements: [],
      authorizing_integration_owners: inGuild ? { "0": channel.guildId } : { "0": "0" },
      context: inGuild ? 0 : 1,
      attachment_size_limit: 10_485_760,
      ...(inGuild
        ? {
            guild_id: channel.guildId,
            guild: { id: channel.guildId, locale: init.guildLocale ?? "en-US", features: [] },
            guild_locale: init.guildLocale ?? "en-US",
            member: {
              user: userJson,
              roles: [],
              permissions: String(init.memberPermissions ?? MEMBER_PERMISSIONS),
              joined_at: new Date(0).toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
              pending: false,
              nick: null,
              avatar: null,
              banner: null,
              premium_since: null,
              communication_disabled_until: null,
            },
          }
        : { user: userJson }),
      ...extra,
    };
    const interaction: FakeInteraction = { id, token, type, channelId: channel.id, user, dispatchedAt: this.state.clock(), payload, followUps: [], deferredEphemeral: false, failures: [] };
    this.interactions.push(interaction);
    return interaction;
  }

  /** `POST /interactions/{id}/{token}/callback`. */
  callback(id: string, token: string, body: unknown): void {
    const interaction = this.interactions.find((candidate) => candidate.id === id && candidate.token === token);
    if (!interaction) throw unknownInteraction();
    const path = `/interactions/${id}/callback`;
    try {
      if (this.state.clock() - interaction.dispatchedAt > RESPONSE_DEADLINE_MS) throw unknownInteraction();
      if (interaction.callback) throw alreadyAcknowledged();
      const response = isJson(body) ? body : {};
      const type = Number(response.type);
      const data = isJson(response.data) ? response.data : undefined;
      this.applyCallback(interaction, type, data);
      interaction.callback = { type, ...(data ? { data } : {}), at: this.state.clock() };
    } catch (error) {
      if (error instanceof FakeDiscordError) interaction.failures.push({ path, code: error.code });
      throw error;
    }
  }

  private applyCallback(interaction: FakeInteraction, type: number, data: Json | undefined): void {
    switch (type) {
      case 4:
        validateMessageBody(data, { requireContent: true });
        interaction.original = this.state.recordMessage(interaction.channelId, data ?? {}, { source: "interaction", interactionId: interaction.id });
        return;
      case 5: {
        const flags = typeof data?.flags === "number" ? data.flags : 0;
        if ((flags & ~64) !== 0) throw invalidFormBody(formError(["data", "flags"], "INTERACTION_RESPONSE_FLAGS", "Only EPHEMERAL is allowed on a deferred response"));
        interaction.deferredEphemeral = (flags & 64) !== 0;
        return;
      }
      case 6:
        if (interaction.type !== 3 && interaction.type !== 5) throw invalidFormBody(formError(["type"], "INTERACTION_RESPONSE_TYPE", "Invalid response type for this interaction"));
        return;
      case 7:
        if (interaction.type !== 3 && interaction.type !== 5) throw invalidFormBody(formError(["type"], "INTERACTION_RESPONSE_TYPE", "Invalid response type for this interaction"));
        validateMessageBody(data, { requireContent: false });
        return;
      case 8: {
        if (interaction.type !== 4) throw invalidFormBody(formError(["type"], "INTERACTION_RESPONSE_TYPE", "Autocomplete responses are for autocomplete interactions"));
        const choices = Array.isArray(data?.choices) ? (data.choices as Json[]) : [];
        if (choices.length > 25) throw invalidFormBody(formError(["data", "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
        choices.forEach((choice, index) => {
          const name = typeof choice.name === "string" ? choice.name : "";
          if (name.length < 1 || name.length > 100) throw invalidFormBody(formError(["data", "choices", index, "name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
          if (typeof choice.value === "string" && choice.value.length > 100) throw invalidFormBody(formError(["data", "choices", index, "value"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
        });
        interaction.choices = choices.map((choice) => ({ name: String(choice.name), value: choice.value as string | number }));
        return;
      }
      case 9: {
        if (interaction.type === 4 || interaction.type === 5) throw invalidFormBody(formError(["type"], "INTERACTION_RESPONSE_TYPE", "A modal cannot answer this interaction"));
        const customId = typeof data?.custom_id === "string" ? data.custom_id : "";
        const title = typeof data?.title === "string" ? data.title : "";
        const components = Array.isArray(data?.components) ? data.components : [];
        if (customId.length < 1 || customId.length > 100) throw invalidFormBody(formError(["data", "custom_id"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
        if (title.length < 1 || title.length > 45) throw invalidFormBody(formError(["data", "title"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."));
        if (components.length < 1 || components.length > 5) throw invalidFormBody(formError(["data", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."));
        interaction.modal = data;
        return;
      }
      default:
        throw invalidFormBody(formError(["type"], "BASE_TYPE_CHOICES", `Value must be one of {1, 4, 5, 6, 7, 8, 9}.`));
    }
  }

  /** `PATCH|DELETE|GET /webhooks/{app}/{token}/messages/%40original` and `POST /webhooks/{app}/{token}`. */
  webhook(method: string, applicationId: string, token: string, target: "original" | "follow-up", body: unknown): RecordedMessage | undefined {
    const interaction = this.interactions.find((candidate) => candidate.token === token);
    if (!interaction || applicationId !== this.applicationId || this.state.clock() - interaction.dispatchedAt > TOKEN_LIFETIME_MS) throw unknownWebhook();
    if (!interaction.callback) throw unknownWebhook();
    const message = isJson(body) ? body : {};
    const pendingDeferral = interaction.callback.type === 5 && !interaction.original;
    if (target === "follow-up") {
      if (method !== "POST") throw notFound();
      validateMessageBody(message, { requireContent: true });
      if (pendingDeferral) {
        // Discord: the first follow-up after a deferral replaces the "thinking…" message; its flags are ignored.
        interaction.original = this.state.recordMessage(interaction.channelId, message, { source: "interaction", interactionId: interaction.id, flags: interaction.deferredEphemeral ? 64 : 0 });
        return interaction.original;
      }
      const followUp = this.state.recordMessage(interaction.channelId, message, { source: "interaction", interactionId: interaction.id });
      interaction.followUps.push(followUp);
      return followUp;
    }
    if (method === "PATCH") {
      validateMessageBody(message, { requireContent: false });
      if (pendingDeferral) {
        interaction.original = this.state.recordMessage(interaction.channelId, message, { source: "interaction", interactionId: interaction.id, flags: interaction.deferredEphemeral ? 64 : 0 });
        return interaction.original;
      }
      if (!interaction.original || interaction.original.deleted) throw unknownMessage();
      this.state.editMessage(interaction.original, message);
      return interaction.original;
    }
    if (method === "DELETE") {
      if (pendingDeferral) {
        interaction.original = this.state.recordMessage(interaction.channelId, { content: "" }, { source: "interaction", interactionId: interaction.id, flags: interaction.deferredEphemeral ? 64 : 0 });
      }
      if (!interaction.original || interaction.original.deleted) throw unknownMessage();
      interaction.original.deleted = true;
      return undefined;
    }
    if (method === "GET") {
      if (!interaction.original || interaction.original.deleted) throw unknownMessage();
      return interaction.original;
    }
    throw notFound();
  }
}

function channelJson(channel: FakeChannel, user: Json, memberPermissions: bigint): Json {
  if (channel.kind === "dm") return { id: channel.id, type: channel.type, flags: 0, last_message_id: null, recipients: [user] };
  return {
    id: channel.id,
    type: channel.type,
    name: channel.name,
    guild_id: channel.guildId,
    ...(channel.parentId ? { parent_id: channel.parentId } : {}),
    flags: 0,
    nsfw: false,
    position: 0,
    permissions: String(memberPermissions),
    ...(channel.kind.endsWith("thread") ? { thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date(0).toISOString(), locked: false } } : {}),
  };
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
