/**
 * The fake Discord itself, over raw HTTP and WebSocket: the limits and answers the adapter tests rely
 * on must be Discord's.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { ADMIN_PERMISSIONS, type FakeDiscord, startFakeDiscord } from "./fake-discord.js";

let fake: FakeDiscord;
let now = Date.parse("2026-11-25T08:00:00Z");
const GUILD = "100000000000000001";
const CHANNEL = "200000000000000001";

beforeEach(async () => {
  now = Date.parse("2026-11-25T08:00:00Z");
  fake = await startFakeDiscord({ clock: () => now, limits: { global: { limit: 5, windowMs: 1000 }, channelMessages: { limit: 3, windowMs: 2000 } } });
  fake.addChannel({ id: CHANNEL, guildId: GUILD });
});
afterEach(async () => {
  await fake.close();
});

async function call(method: string, path: string, body?: unknown, auth = true) {
  const response = await fetch(`${fake.apiRoot}/v10${path}`, {
    method,
    headers: { ...(auth ? { authorization: `Bot ${fake.token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}
const post = (body: unknown, channel = CHANNEL) => call("POST", `/channels/${channel}/messages`, body);
const embed = (fields: Record<string, unknown>) => ({ embeds: [fields] });

describe("REST basics", () => {
  it("needs the bot token, knows its routes, and points at its gateway", async () => {
    expect((await call("GET", "/gateway/bot", undefined, false)).status).toBe(401);
    expect((await call("GET", "/nowhere")).body).toEqual({ message: "404: Not Found", code: 0 });
    expect((await call("GET", "/gateway/bot")).body).toMatchObject({ url: fake.gatewayUrl, shards: 1 });
  });
});

describe("message limits", () => {
  it("content: 2000 accepted, 2001 refused with 50035", async () => {
    expect((await post({ content: "a".repeat(2000) })).status).toBe(200);
    const refused = await post({ content: "a".repeat(2001) });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 50035, errors: { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } });
  });

  it.each([
    ["title", { title: "t".repeat(256) }, { title: "t".repeat(257) }],
    ["description", { description: "d".repeat(4096) }, { description: "d".repeat(4097) }],
    ["footer", { footer: { text: "f".repeat(2048) } }, { footer: { text: "f".repeat(2049) } }],
    ["author", { author: { name: "a".repeat(256) } }, { author: { name: "a".repeat(257) } }],
    ["fields", { fields: Array.from({ length: 25 }, () => ({ name: "n", value: "v" })) }, { fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) }],
    ["field value", { fields: [{ name: "n".repeat(256), value: "v".repeat(1024) }] }, { fields: [{ name: "n", value: "v".repeat(1025) }] }],
  ])("%s: at the limit accepted, one over refused", async (_, at, over) => {
    now += 10_000;
    expect((await post(embed(at))).status).toBe(200);
    const refused = await post(embed(over));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 50035, message: "Invalid Form Body" });
  });

  it("counts 6000 characters across all embeds, trimmed, and 10 embeds at most", async () => {
    const split = (total: number) => ({ embeds: [{ description: "a".repeat(4000) }, { description: `  ${"b".repeat(total - 4000)}  ` }] });
    expect((await post(split(6000))).status).toBe(200);
    const refused = await post(split(6001));
    expect(refused.body).toMatchObject({ code: 50035, errors: { embeds: { _errors: [{ code: "MAX_EMBED_SIZE_EXCEEDED" }] } } });
    now += 10_000;
    expect((await post({ embeds: Array.from({ length: 10 }, () => ({ title: "x" })) })).status).toBe(200);
    expect((await post({ embeds: Array.from({ length: 11 }, () => ({ title: "x" })) })).status).toBe(400);
  });

  it("refuses empty messages, empty fields, bad URLs and bad components", async () => {
    expect((await post({})).body).toMatchObject({ code: 50006 });
    expect((await post(embed({ fields: [{ name: "n", value: " " }] }))).status).toBe(400);
    expect((await post(embed({ title: "x", url: "javascript:alert(1)" }))).status).toBe(400);
    now += 10_000;
    const button = (customId: string) => ({ type: 2, style: 1, label: "b", custom_id: customId });
    expect((await post({ content: "x", components: [{ type: 1, components: [button("x".repeat(101))] }] })).status).toBe(400);
    expect((await post({ content: "x", components: [{ type: 1, components: [button("a"), button("a")] }] })).body).toMatchObject({ code: 50035 });
    expect((await post({ content: "x", components: Array.from({ length: 6 }, (_, index) => ({ type: 1, components: [button(`b${index}`)] })) })).status).toBe(400);
  });
});

describe("channels and permissions", () => {
  it("answers like Discord for deleted channels, kicked bots and missing permissions", async () => {
    fake.addChannel({ id: "2", guildId: GUILD, botPermissions: PermissionFlagsBits.ViewChannel });
    fake.addChannel({ id: "3", guildId: GUILD, botPermissions: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages });
    fake.addChannel({ id: "4", guildId: GUILD, kind: "public-thread", parentId: CHANNEL, botPermissions: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages });
    expect((await post({ content: "x" }, "2")).body).toMatchObject({ code: 50013 });
    expect((await post({ content: "x" }, "3")).status).toBe(200);
    expect((await post(embed({ title: "x" }), "3")).body).toMatchObject({ code: 50013 });
    expect((await post({ content: "x" }, "4")).body).toMatchObject({ code: 50013 });
    now += 10_000;
    expect((await post({ content: "x" }, "999")).body).toEqual({ message: "Unknown Channel", code: 10003 });
    fake.deleteChannel("3");
    expect((await post({ content: "x" }, "3")).status).toBe(404);
    fake.removeBotFromGuild(GUILD);
    expect((await post({ content: "x" })).body).toMatchObject({ code: 50001 });
  });
});

describe("mentions", () => {
  it("records allowed_mentions and who would be pinged", async () => {
    await post({ content: "@everyone <@123> <@&456>" });
    await post({ content: "@everyone <@123> <@&456>", allowed_mentions: { parse: [] } });
    await post({ content: "@everyone <@123> <@&456>", allowed_mentions: { parse: [], users: ["123"] } });
    expect(fake.channelMessages(CHANNEL).map((message) => message.pings)).toEqual([["everyone", "user:123", "role:456"], [], ["user:123"]]);
    expect(fake.channelMessages(CHANNEL)[1]?.allowedMentions).toEqual({ parse: [] });
  });
});

describe("rate limits", () => {
  it("sends bucket headers and a route 429 with Retry-After once the bucket is empty", async () => {
    const first = await post({ content: "1" });
    expect(first.headers.get("x-ratelimit-limit")).toBe("3");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("2");
    expect(first.headers.get("x-ratelimit-reset-after")).toBe("2.000");
    expect(first.headers.get("x-ratelimit-bucket")).toBeTruthy();
    await post({ content: "2" });
    await post({ content: "3" });
    now += 500;
    const limited = await post({ content: "4" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.headers.get("x-ratelimit-scope")).toBe("user");
    expect(limited.headers.get("x-ratelimit-global")).toBeNull();
    expect(limited.body).toEqual({ message: "You are being rate limited.", code: 0, retry_after: 1.5, global: false });
    now += 1500;
    expect((await post({ content: "5" })).status).toBe(200);
    expect(fake.count429).toBe(1);
  });

  it("applies the global limit across routes, with X-RateLimit-Global, but not to interaction routes", async () => {
    for (let index = 0; index < 5; index += 1) expect((await call("GET", "/gateway/bot")).status).toBe(200);
    const limited = await call("GET", "/gateway/bot");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-global")).toBe("true");
    expect(limited.headers.get("x-ratelimit-scope")).toBe("global");
    expect(limited.body).toMatchObject({ global: true });
    expect((await call("POST", "/interactions/1/t/callback", { type: 1 }, false)).status).toBe(404);
  });
});

describe("nonces", () => {
  it("returns the first message for a repeated nonce with enforce_nonce", async () => {
    const first = await post({ content: "x", nonce: "abc", enforce_nonce: true });
    const again = await post({ content: "x", nonce: "abc", enforce_nonce: true });
    expect(again.body?.id).toBe(first.body?.id);
    expect(fake.channelMessages(CHANNEL)).toHaveLength(1);
    expect((await post({ content: "x", nonce: "n".repeat(26) })).status).toBe(400);
  });
});

describe("commands", () => {
  it("validates a bulk overwrite like Discord", async () => {
    const ok = await call("PUT", `/applications/${fake.applicationId}/commands`, [{ name: "digest", description: "d", options: [{ type: 3, name: "section", description: "s", required: true }] }]);
    expect(ok.status).toBe(200);
    const bad = await call("PUT", `/applications/${fake.applicationId}/commands`, [
      { name: "Digest", description: "d" },
      { name: "x", description: "d", options: [{ type: 3, name: "a", description: "a" }, { type: 3, name: "b", description: "b", required: true }] },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 50035, errors: { "0": { name: expect.anything() }, "1": { "options.1.required": expect.anything() } } });
    expect(fake.commands("global")).toHaveLength(1);
  });
});

describe("gateway and interactions", () => {
  async function connect(token: string) {
    const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const frames: Record<string, unknown>[] = [];
    socket.on("message", (raw) => frames.push(JSON.parse(String(raw)) as Record<string, unknown>));
    const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
    await new Promise((resolve) => socket.on("open", resolve));
    await fake.waitFor(() => frames.length > 0);
    socket.send(JSON.stringify({ op: 2, d: { token, intents: 1, properties: {} } }));
    return { socket, frames, closed };
  }

  it("says HELLO, refuses a wrong token with 4004, and acknowledges heartbeats after READY", async () => {
    const wrong = await connect("nope");
    expect(wrong.frames[0]).toMatchObject({ op: 10, d: { heartbeat_interval: 41_250 } });
    expect(await wrong.closed).toBe(4004);
    const right = await connect(fake.token);
    await fake.waitFor(() => right.frames.find((frame) => frame.t === "READY"));
    right.socket.send(JSON.stringify({ op: 1, d: 1 }));
    await fake.waitFor(() => right.frames.find((frame) => frame.op === 11));
    expect(fake.readySessions).toBe(1);
    right.socket.close();
  });

  it("enforces the 3-second deadline, a single acknowledgement, and deferral semantics", async () => {
    await call("PUT", `/applications/${fake.applicationId}/commands`, [{ name: "digest", description: "d" }]);
    const session = await connect(fake.token);
    await fake.waitFor(() => session.frames.find((frame) => frame.t === "READY"));
    const late = fake.runSlashCommand("digest", {}, { channelId: CHANNEL, memberPermissions: ADMIN_PERMISSIONS });
    await fake.waitFor(() => session.frames.find((frame) => frame.t === "INTERACTION_CREATE"));
    now += 3_001;
    expect((await call("POST", `/interactions/${late.id}/${late.token}/callback`, { type: 4, data: { content: "x" } }, false)).body).toMatchObject({ code: 10062 });

    const run = fake.runSlashCommand("digest", {}, { channelId: CHANNEL });
    expect((await call("POST", `/webhooks/${fake.applicationId}/${run.token}?wait=true`, { content: "x" }, false)).body).toMatchObject({ code: 10015 });
    const deferred = await call("POST", `/interactions/${run.id}/${run.token}/callback`, { type: 5, data: { flags: 64 } }, false);
    expect(deferred.status).toBe(204);
    expect(deferred.headers.get("content-type")).toBeNull();
    expect((await call("POST", `/interactions/${run.id}/${run.token}/callback`, { type: 4, data: { content: "x" } }, false)).body).toMatchObject({ code: 40060 });
    await call("POST", `/webhooks/${fake.applicationId}/${run.token}?wait=true`, { content: "first", flags: 0 }, false);
    await call("POST", `/webhooks/${fake.applicationId}/${run.token}?wait=true`, { content: "second" }, false);
    expect(run.original).toMatchObject({ content: "first", ephemeral: true });
    expect(run.followUps.map((message) => message.content)).toEqual(["second"]);
    session.socket.close();
  });
});

describe("files", () => {
  it("records files uploaded with a message (multipart payload_json + files[n]) and refuses an attachment without its file", async () => {
    fake.addGuild({ id: GUILD });
    const form = new FormData();
    form.append("payload_json", JSON.stringify({ content: "here", attachments: [{ id: 0, filename: "list.opml" }] }));
    form.append("files[0]", new Blob(["<opml/>"]), "list.opml");
    const response = await fetch(`${fake.apiRoot}/v10/channels/${CHANNEL}/messages`, { method: "POST", headers: { authorization: `Bot ${fake.token}` }, body: form });
    expect(response.status).toBe(200);
    expect(fake.channelMessages(CHANNEL).at(-1)?.files).toEqual([{ filename: "list.opml", bytes: Buffer.from("<opml/>") }]);
    const missing = new FormData();
    missing.append("payload_json", JSON.stringify({ content: "here", attachments: [{ id: 0, filename: "list.opml" }] }));
    const refused = await fetch(`${fake.apiRoot}/v10/channels/${CHANNEL}/messages`, { method: "POST", headers: { authorization: `Bot ${fake.token}` }, body: missing });
    expect(refused.status).toBe(400);
  });
});
