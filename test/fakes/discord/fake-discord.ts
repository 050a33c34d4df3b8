/**
 * A fake Discord (REST API v10 + gateway) on 127.0.0.1 for driving the real discord.js client offline.
 *
 * ```ts
 * const fake = await startFakeDiscord();                          // limits: Discord's defaults
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiRoot } });
 * await client.login(fake.token);          // GET /gateway/bot → ws://…/gateway → HELLO, IDENTIFY, READY
 * fake.addGuild({ id: "100" });
 * fake.addChannel({ id: "200", guildId: "100" });                 // bot: View, Send, Embed Links
 * fake.addChannel({ id: "201", guildId: "100", kind: "public-thread", parentId: "200" });
 * fake.addChannel({ id: "300", recipientId: "700" });              // a DM
 * const run = fake.runSlashCommand("digest", { section: "politics" }, { channelId: "200", memberPermissions: ADMIN_PERMISSIONS });
 * await fake.waitFor(() => run.original);                         // deferred, then edited
 * fake.clickButton(fake.channelMessages("200")[0]!, "nd:sum:0123456789ab", { channelId: "200" });
 * fake.deleteChannel("200"); fake.removeBotFromGuild("100"); fake.setBotPermissions("200", 0n);
 * fake.injectRateLimit({ scope: "global", retryAfterSeconds: 1 });
 * fake.stallNextResponse({ match: (request) => request.startsWith("POST /channels/") }); // answer "lost"
 * fake.messages / fake.requests / fake.count429 / fake.nonceReplays / fake.commands("global")
 * await fake.close();
 * ```
 *
 * Routes (after `/api/v10`): `GET /gateway/bot`, `GET /users/@me`, `GET|PUT /applications/{app}/commands`,
 * `GET|PUT /applications/{app}/guilds/{guild}/commands`, `GET /channels/{id}`,
 * `POST /channels/{id}/messages`, `POST /interactions/{id}/{token}/callback`,
 * `PATCH|DELETE|GET /webhooks/{app}/{token}/messages/%40original`, `POST /webhooks/{app}/{token}`.
 * Bot routes need `Authorization: Bot <token>` (else 401); interaction routes need none and are exempt
 * from the global limit. Anything else: 404 `404: Not Found`. Files (attachments.ts): a slash
 * command's Attachment option takes `{ filename, bytes }`, served at `GET /attachments/…` (the fake's
 * CDN, no auth, as Discord's); message bodies may be multipart with uploaded files (`message.files`).
 *
 * Fidelity: message and embed limits per message-validation.ts, channels and permissions per
 * fake-state.ts, rate limits and 429s per rate-limits.ts, interaction rules per interactions.ts,
 * command validation per command-registry.ts, gateway per gateway.ts. A post with `enforce_nonce` and
 * a nonce seen in that channel within 5 minutes returns the earlier message instead of a new one.
 * 204 answers carry no content-type. Time for limits and deadlines comes from `clock`.
 */
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeDiscordError, formError, invalidFormBody, notFound, unauthorized, unknownChannel } from "./api-error.js";
import { CommandRegistry } from "./command-registry.js";
import { type FakeChannel, type FakeChannelInit, FakeDiscordState, type FakeGuild, type Json, type RecordedMessage, type RecordedRequest } from "./fake-state.js";
import { FakeGateway, type RecordedIdentify } from "./gateway.js";
import { AttachmentStore, type FakeAttachmentInit } from "./attachments.js";
import { readJsonBody, sendJson, sendNoContent } from "./http-io.js";
import { type FakeInteraction, InteractionHub, type InteractionInit } from "./interactions.js";
import { validateMessageBody } from "./message-validation.js";
import { DEFAULT_DISCORD_LIMITS, type FakeDiscordLimits, FakeRateLimiter, type InjectedRateLimit, type RateLimitedRoute } from "./rate-limits.js";

export { ADMIN_PERMISSIONS, DEFAULT_USER, MEMBER_PERMISSIONS, type FakeInteraction, type FakeUser, type InteractionInit } from "./interactions.js";
export { DEFAULT_BOT_PERMISSIONS, type FakeChannel, type FakeChannelInit, type FakeChannelKind, type FakeGuild, type RecordedMessage, type RecordedRequest } from "./fake-state.js";
export { DEFAULT_DISCORD_LIMITS, type FakeDiscordLimits, type InjectedRateLimit, type WindowLimit } from "./rate-limits.js";
export { MESSAGE_LIMITS, countEmbedCharacters } from "./message-validation.js";
export type { FakeAttachmentInit, RecordedFile } from "./attachments.js";

/** A value of a slash command option: a file for Attachment options. */
export type FakeOptionValue = string | number | boolean | FakeAttachmentInit;

/** Options of {@link startFakeDiscord}. */
export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Override Discord's limits; `false` switches one off. */
  limits?: Partial<FakeDiscordLimits>;
  /** Milliseconds since the epoch; default `Date.now`. Drives rate limits, deadlines and snowflakes. */
  clock?: () => number;
  /** Delay before every REST answer (simulated network), default 0. */
  latencyMs?: number;
  /** HELLO's heartbeat interval, default 41250 ms (Discord's). */
  heartbeatIntervalMs?: number;
}

type Handler = (body: unknown, query: URLSearchParams) => unknown;

/** How long Discord remembers an enforced nonce ("the past few minutes"; the fake says 5). */
const NONCE_WINDOW_MS = 5 * 60_000;

/** Requests that are processed but never answered (the client times out), for tests. */
export interface InjectedStall {
  /** Matches `METHOD /path`, e.g. `POST /channels/123/messages`; default every request. */
  match?: (request: string) => boolean;
}
interface Route {
  handler: Handler;
  auth: boolean;
  limited?: RateLimitedRoute;
}

/** A running fake; see the module comment. */
export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: Json;
  private readonly state: FakeDiscordState;
  private readonly hub: InteractionHub;
  private readonly registry: CommandRegistry;
  private readonly limiter: FakeRateLimiter;
  private readonly limits: FakeDiscordLimits;
  private readonly latencyMs: number;
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly gateway: FakeGateway;
  private port = 0;
  private readonly stalls: InjectedStall[] = [];
  private readonly attachments = new AttachmentStore();

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? "FAKE.DISCORD.TOKEN";
    this.applicationId = options.applicationId ?? "555000000000000001";
    const clock = options.clock ?? Date.now;
    this.botUser = { id: this.applicationId, username: "newsdesk", discriminator: "0", global_name: "newsdesk", avatar: null, bot: true, flags: 0 };
    this.state = new FakeDiscordState(clock, this.botUser);
    this.hub = new InteractionHub(this.state, this.applicationId);
    this.registry = new CommandRegistry(this.applicationId);
    this.limits = { ...DEFAULT_DISCORD_LIMITS, ...options.limits };
    this.limiter = new FakeRateLimiter(this.limits, clock);
    this.latencyMs = options.latencyMs ?? 0;
    this.gateway = new FakeGateway(this.server, {
      token: this.token,
      botUser: this.botUser,
      applicationId: this.applicationId,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      clock,
      url: () => this.gatewayUrl,
    });
  }

  /** Pass as discord.js `rest.api`: `http://127.0.0.1:PORT/api`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  /** What `GET /gateway/bot` answers. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }
  /** Every message the bot created (channel posts, interaction responses and follow-ups). */
  get messages(): readonly RecordedMessage[] {
    return this.state.messages;
  }
  get requests(): readonly RecordedRequest[] {
    return this.state.requests;
  }
  get count429(): number {
    return this.state.count429;
  }
  get interactions(): readonly FakeInteraction[] {
    return this.hub.interactions;
  }
  /** Shard ids that received each dispatched event, in order. */
  get dispatchedShards(): readonly number[][] {
    return this.gateway.dispatchedShards;
  }

  get identifies(): readonly RecordedIdentify[] {
    return this.gateway.identifies;
  }
  /** Gateway sessions that identified and are open. */
  get readySessions(): number {
    return this.gateway.readySessions;
  }
  /** The limits in force. */
  get rateLimits(): FakeDiscordLimits {
    return this.limits;
  }

  /** CDN paths of users' attachments the bot downloaded, in order. */
  get attachmentDownloads(): readonly string[] {
    return this.attachments.downloads;
  }

  /** Channel posts (not interaction responses) of one channel or thread, in order. */
  channelMessages(channelId: string): RecordedMessage[] {
    return this.state.messages.filter((message) => message.source === "channel" && message.channelId === channelId && !message.deleted);
  }
  /** Registered commands of a scope: `global` or a guild id. */
  commands(scope = "global"): Json[] | undefined {
    return this.registry.get(scope);
  }
  addGuild(init: { id: string; name?: string }): FakeGuild {
    return this.state.addGuild(init);
  }
  addChannel(init: FakeChannelInit): FakeChannel {
    return this.state.addChannel(init);
  }
  deleteChannel(channelId: string): void {
    this.channel(channelId).deleted = true;
  }
  /** The bot was kicked: its guild's channels answer 403 Missing Access. */
  removeBotFromGuild(guildId: string): void {
    const guild = this.state.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    guild.botIsMember = false;
  }
  setBotPermissions(channelId: string, permissions: bigint): void {
    this.channel(channelId).botPermissions = permissions;
  }
  /** A DM user blocked the bot: 403 Cannot send messages to this user. */
  blockDirectMessages(channelId: string): void {
    this.channel(channelId).blocked = true;
  }
  /** Posts answered with an earlier message because of a repeated nonce (enforce_nonce). */
  get nonceReplays(): number {
    return this.state.nonceReplays;
  }
  /** The next matching request is processed but never answered (as if the answer was lost). */
  stallNextResponse(stall: InjectedStall = {}): void {
    this.stalls.push(stall);
  }
  /** Forces a 429 on the next matching rate-limited request. */
  injectRateLimit(limit: InjectedRateLimit): void {
    this.limiter.inject(limit);
  }

  /**
   * A user writes `content` in the DM channel `channelId` (its recipient, unless `user` is given):
   * MESSAGE_CREATE to sessions with the DIRECT_MESSAGES intent, on shard 0 as Discord does. Returns
   * how many sessions got it.
   */
  sendDirectMessage(channelId: string, content: string, user?: { id: string; username: string }): number {
    const channel = this.channel(channelId);
    if (channel.kind !== "dm") throw new Error(`fake-discord: ${channelId} is not a DM channel`);
    const author = user ?? { id: channel.recipientId ?? "0", username: "user" };
    const message = { id: this.state.snowflake(), channel_id: channelId, author: { ...author, discriminator: "0", global_name: author.username, avatar: null }, content, timestamp: new Date(this.state.clock()).toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, channel_type: 1 };
    return this.gateway.dispatch("MESSAGE_CREATE", message, null, 1 << 12);
  }

  /** A member runs a slash command registered on the fake (guild scope first, then global). */
  runSlashCommand(name: string, options: Record<string, FakeOptionValue>, init: InteractionInit): FakeInteraction {
    const { data } = this.commandData(name, options, init.channelId, undefined);
    return this.dispatch(this.hub.create(2, data, init));
  }
  /** A member types into option `focused` of a registered command. */
  autocomplete(name: string, options: Record<string, string | number | boolean>, focused: string, init: InteractionInit): FakeInteraction {
    const { data } = this.commandData(name, options, init.channelId, focused);
    return this.dispatch(this.hub.create(4, data, init));
  }
  /** A member clicks a button of a message the bot sent. */
  clickButton(message: RecordedMessage, customId: string, init: Omit<InteractionInit, "channelId"> & { channelId?: string }): FakeInteraction {
    this.findComponent(message, customId, 2);
    const data = { custom_id: customId, component_type: 2 };
    return this.dispatch(this.hub.create(3, data, { ...init, channelId: init.channelId ?? message.channelId }, { message: this.state.messageJson(message) }));
  }
  /** A member picks values in a string select of a message the bot sent. */
  chooseFromSelect(message: RecordedMessage, customId: string, values: string[], init: Omit<InteractionInit, "channelId"> & { channelId?: string }): FakeInteraction {
    const select = this.findComponent(message, customId, 3);
    const allowed = new Set((Array.isArray(select.options) ? (select.options as Json[]) : []).map((option) => String(option.value)));
    if (values.some((value) => !allowed.has(value))) throw new Error(`fake-discord: ${values.join(",")} not among the options of ${customId}`);
    const data = { custom_id: customId, component_type: 3, values };
    return this.dispatch(this.hub.create(3, data, { ...init, channelId: init.channelId ?? message.channelId }, { message: this.state.messageJson(message) }));
  }
  /** A member submits the modal the bot answered `shownTo` with; `values` by text input custom_id. */
  submitModal(shownTo: FakeInteraction, values: Record<string, string>, init: Omit<InteractionInit, "channelId"> = {}): FakeInteraction {
    const modal = shownTo.modal;
    if (!modal) throw new Error("fake-discord: that interaction was not answered with a modal");
    const components = (modal.components as Json[]).map((component) => {
      const input = (component.type === 18 ? component.component : (component.components as Json[] | undefined)?.[0]) as Json | undefined;
      const customId = String(input?.custom_id ?? "");
      const value = values[customId] ?? "";
      if (input?.required !== false && value === "") throw new Error(`fake-discord: modal input ${customId} is required`);
      if (typeof input?.max_length === "number" && value.length > input.max_length) throw new Error(`fake-discord: ${customId} longer than ${input.max_length}`);
      const submitted = { type: 4, custom_id: customId, value };
      return component.type === 18 ? { type: 18, component: submitted } : { type: 1, components: [submitted] };
    });
    const user = init.user ?? shownTo.user;
    return this.dispatch(this.hub.create(5, { custom_id: modal.custom_id, components }, { ...init, user, channelId: shownTo.channelId }));
  }

  /** Polls `check` every 10 ms until it returns a truthy value; rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake-discord: condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Closes gateway sessions, keep-alive sockets (undici keeps them) and the server. */
  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private channel(channelId: string): FakeChannel {
    const channel = this.state.channels.get(channelId);
    if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
    return channel;
  }

  private dispatch(interaction: FakeInteraction): FakeInteraction {
    const guildId = (interaction.payload as { guild_id?: string }).guild_id ?? null;
    if (this.gateway.dispatch("INTERACTION_CREATE", interaction.payload, guildId) === 0) throw new Error("fake-discord: no gateway session to dispatch to");
    return interaction;
  }

  private commandData(name: string, options: Record<string, FakeOptionValue>, channelId: string, focused: string | undefined): { data: Json } {
    const command = this.registry.find(name, this.channel(channelId).guildId);
    if (!command) throw new Error(`fake-discord: /${name} is not registered (deploy the commands first)`);
    const specs = (Array.isArray(command.options) ? command.options : []) as Json[];
    const resolved: Json = {};
    const sent = Object.entries(options).map(([optionName, value]) => {
      const spec = specs.find((candidate) => candidate.name === optionName);
      if (!spec) throw new Error(`fake-discord: /${name} has no option ${optionName}`);
      if ((spec.type === 11) !== (typeof value === "object")) throw new Error(`fake-discord: option ${optionName} of /${name} ${spec.type === 11 ? "takes a file" : "takes no file"}`);
      if (typeof value === "object") {
        const id = this.state.snowflake();
        resolved[id] = this.attachments.add(id, channelId, value, `http://127.0.0.1:${this.port}`);
        return { name: optionName, type: 11, value: id };
      }
      return { name: optionName, type: spec.type, value: optionName === focused ? String(value) : value, ...(optionName === focused ? { focused: true } : {}) };
    });
    if (focused === undefined) {
      const missing = specs.find((spec) => spec.required === true && !(String(spec.name) in options));
      if (missing) throw new Error(`fake-discord: Discord's client would not send /${name} without ${String(missing.name)}`);
    }
    const files = Object.keys(resolved).length > 0 ? { resolved: { attachments: resolved } } : {};
    return { data: { id: command.id, name, type: 1, ...(sent.length > 0 ? { options: sent } : {}), ...files } };
  }

  private findComponent(message: RecordedMessage, customId: string, type: number): Json {
    for (const row of message.components) {
      for (const component of (row.components as Json[] | undefined) ?? []) {
        if (component.custom_id === customId && component.type === type) return component;
      }
    }
    throw new Error(`fake-discord: message ${message.id} has no component ${customId} of type ${type}`);
  }

  private route(method: string, path: string): Route | undefined {
    const global = (description: string, bucket?: RateLimitedRoute["bucket"]): RateLimitedRoute => ({ global: true, description, ...(bucket ? { bucket } : {}) });
    const segments = path.split("/").slice(1);
    const [first, second, third, fourth, fifth] = segments;
    const app = this.applicationId;
    if (method === "GET" && path === "/gateway/bot") {
      return { auth: true, limited: global("GET /gateway/bot"), handler: () => ({ url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }) };
    }
    if (method === "GET" && (path === "/users/@me" || path === "/users/%40me")) return { auth: true, limited: global("GET /users/@me"), handler: () => this.botUser };
    if (first === "applications" && second === app && third === "commands" && segments.length === 3) {
      if (method === "PUT") return { auth: true, limited: global("PUT commands"), handler: (body) => this.registry.put("global", body) };
      if (method === "GET") return { auth: true, limited: global("GET commands"), handler: () => this.registry.get("global") ?? [] };
    }
    if (first === "applications" && second === app && third === "guilds" && fourth && fifth === "commands" && segments.length === 5) {
      if (method === "PUT") return { auth: true, limited: global("PUT guild commands"), handler: (body) => this.registry.put(fourth, body) };
      if (method === "GET") return { auth: true, limited: global("GET guild commands"), handler: () => this.registry.get(fourth) ?? [] };
    }
    if (first === "channels" && second && segments.length === 2 && method === "GET") {
      return {
        auth: true,
        limited: global(`GET /channels/${second}`),
        handler: () => {
          const channel = this.state.channels.get(second);
          if (!channel || channel.deleted) throw unknownChannel();
          return { id: channel.id, type: channel.type, name: channel.name, guild_id: channel.guildId, parent_id: channel.parentId ?? null };
        },
      };
    }
    if (first === "channels" && second && third === "messages" && segments.length === 3 && method === "POST") {
      const bucket = { key: `channel-messages:${second}`, hash: "fake-channel-messages", limit: this.limits.channelMessages };
      return { auth: true, limited: global(`POST /channels/${second}/messages`, bucket), handler: (body) => this.postChannelMessage(second, body) };
    }
    if (first === "interactions" && second && third && fourth === "callback" && segments.length === 4 && method === "POST") {
      return { auth: false, handler: (body) => this.hub.callback(second, third, body) };
    }
    if (first === "webhooks" && second && third) {
      if (segments.length === 3 && method === "POST") return { auth: false, handler: (body, query) => this.respondMessage(this.hub.webhook("POST", second, third, "follow-up", body), query.get("wait") === "true") };
      if (segments.length === 5 && fourth === "messages" && (fifth === "%40original" || fifth === "@original")) {
        return { auth: false, handler: (body) => this.respondMessage(this.hub.webhook(method, second, third, "original", body), true) };
      }
    }
    return undefined;
  }

  private postChannelMessage(channelId: string, body: unknown): Json {
    validateMessageBody(body, { requireContent: true });
    const json = body as Json;
    const nonce = json.nonce;
    if (nonce !== undefined && !((typeof nonce === "string" && nonce.length <= 25) || Number.isInteger(nonce))) {
      throw invalidFormBody(formError(["nonce"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
    }
    const channel = this.state.channelForPosting(channelId, Array.isArray(json.embeds) && json.embeds.length > 0);
    const nonceKey = json.enforce_nonce === true && nonce !== undefined ? `${channel.id}:${String(nonce)}` : undefined;
    const prior = nonceKey ? this.state.nonces.get(nonceKey) : undefined;
    if (prior && this.state.clock() - prior.at < NONCE_WINDOW_MS) {
      this.state.nonceReplays += 1;
      return this.state.messageJson(prior);
    }
    const message = this.state.recordMessage(channel.id, json, { source: "channel" });
    if (nonceKey) this.state.nonces.set(nonceKey, message);
    return this.state.messageJson(message);
  }

  private respondMessage(message: RecordedMessage | undefined, wait: boolean): Json | undefined {
    return message && wait ? this.state.messageJson(message) : undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const path = url.pathname.startsWith("/api/v10/") ? url.pathname.slice("/api/v10".length) : url.pathname;
    if (method === "GET" && url.pathname.startsWith("/attachments/")) {
      const bytes = this.attachments.serve(url.pathname);
      if (bytes) res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length }).end(bytes);
      else sendJson(res, 404, { message: "404: Not Found", code: 0 });
      return;
    }
    let headers: Record<string, string> = {};
    const record: RecordedRequest = { method, path, status: 200, at: this.state.clock() };
    try {
      const body = await readJsonBody(req);
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      const route = url.pathname.startsWith("/api/v10/") ? this.route(method, path) : undefined;
      if (!route) throw notFound();
      if (route.auth && req.headers.authorization !== `Bot ${this.token}`) throw unauthorized();
      if (route.limited) headers = this.limiter.admit(route.limited);
      const result = route.handler(body, url.searchParams);
      const stall = this.stalls.findIndex((candidate) => candidate.match?.(`${method} ${path}`) ?? true);
      if (stall >= 0) {
        this.stalls.splice(stall, 1);
        record.status = 0;
        this.state.requests.push(record);
        return;
      }
      if (result === undefined) {
        record.status = 204;
        sendNoContent(res, headers);
      } else sendJson(res, 200, result, headers);
    } catch (error) {
      const failure = error instanceof FakeDiscordError ? error : new FakeDiscordError(500, 0, `500: Internal Server Error (${String(error)})`);
      record.status = failure.status;
      record.code = failure.code;
      if (failure.status === 429) {
        this.state.count429 += 1;
        record.global = failure.headers["x-ratelimit-global"] === "true";
      }
      sendJson(res, failure.status, failure.toBody(), { ...headers, ...failure.headers });
    }
    this.state.requests.push(record);
  }
}

/** Starts a fake Discord on a free port of 127.0.0.1; close it with `await fake.close()`. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen();
  return fake;
}
