/**
 * /summary in each chat's language on Discord: the real discord.js client against the fake Discord,
 * the real AI SDK against a local OpenAI-compatible server. A DM whose user's locale is Spanish and
 * a server channel in English ask for the same article: two model calls, each answer in its language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEMBER_PERMISSIONS } from "../../fakes/discord/fake-discord.js";
import { promptParts, startOpenAiCompatibleServer, type ChatCompletionRequest, type FakeOpenAiServer, type FakeReply } from "../../fakes/openai-compatible-server.js";
import { CHANNEL, DM, DM_USER, type DiscordHarness, embedText, startDiscordHarness } from "./discord-harness.js";

const BODY =
  "The harbour authority opened the new ferry terminal on Monday after three years of work. Officials said the terminal doubles capacity for passengers and freight. " +
  "Local businesses welcomed the change, while residents worried about traffic on the coast road. The authority will add night crossings to the islands next spring. ";
const SPANISH = "La autoridad portuaria inauguró el lunes la nueva terminal de ferris tras tres años de obras; duplica la capacidad para pasajeros y mercancías.";
const ENGLISH = "After three years of work the harbour authority opened a ferry terminal that doubles capacity; residents worry about traffic on the coast road.";

let harness: DiscordHarness;
let model: FakeOpenAiServer;

function reply(request: ChatCompletionRequest | undefined): FakeReply {
  return { kind: "answer", content: promptParts(request).system.includes('BCP 47 tag "es"') ? SPANISH : ENGLISH };
}

beforeAll(async () => {
  model = await startOpenAiCompatibleServer();
  model.fallbackReply = reply;
  harness = await startDiscordHarness({ environment: { SUMMARY_MODEL: "local-model", OPENAI_BASE_URL: model.baseURL, OPENAI_API_KEY: "test-key" } });
});
afterAll(async () => {
  await harness?.close();
  await model?.close();
});

describe("/summary in each chat's language on Discord", () => {
  it("answers a Spanish DM in Spanish and an English channel in English, with one model call each", async () => {
    const article = await harness.saveArticle({ title: "Ferry terminal opens", body: BODY });
    const spanish = harness.fake.runSlashCommand("summary", { article: article.id }, { channelId: DM, user: DM_USER, locale: "es-ES" });
    const english = harness.fake.runSlashCommand("summary", { article: article.id }, { channelId: CHANNEL, memberPermissions: MEMBER_PERMISSIONS });
    await harness.fake.waitFor(() => spanish.original);
    await harness.fake.waitFor(() => english.original);
    const es = embedText([spanish.original!]);
    const en = embedText([english.original!]);
    expect(es).toContain(SPANISH);
    expect(es).toContain("Resumen");
    expect(es).toContain("resumido por el modelo de lenguaje");
    expect(en).toContain(ENGLISH);
    expect(en).toContain("summarised by the language model");
    expect(model.requests.filter((request) => request.path === "/v1/chat/completions")).toHaveLength(2);
  });
});
