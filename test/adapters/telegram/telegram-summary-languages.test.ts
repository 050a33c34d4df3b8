/**
 * /summary in each chat's language, through the real grammY client against the fake Bot API and
 * the real AI SDK (`@ai-sdk/openai`) against a local OpenAI-compatible server: a German and an
 * English chat asking for the same article cost one model call each (the prompt names the
 * language), repeats cost none, and an extract that stays in the article's language says so in
 * the chat's language.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { promptParts, startOpenAiCompatibleServer, type ChatCompletionRequest, type FakeOpenAiServer, type FakeReply } from "../../fakes/openai-compatible-server.js";
import { type Harness, startHarness, messagesIn } from "./telegram-harness.js";

const BODY =
  "The harbour authority opened the new ferry terminal on Monday after three years of work. Officials said the terminal doubles capacity for passengers and freight. " +
  "Local businesses welcomed the change, while residents worried about traffic on the coast road. The authority will add night crossings to the islands next spring. ";
const GERMAN_ANSWER = "Die Hafenbehörde hat am Montag nach drei Jahren Bauzeit das neue Fährterminal eröffnet, das die Kapazität für Passagiere und Fracht verdoppelt.";
const ENGLISH_ANSWER = "After three years of work the harbour authority opened a ferry terminal that doubles capacity; residents worry about traffic on the coast road.";

let harness: Harness;
let model: FakeOpenAiServer;

/** A model writing German when asked for German, English otherwise; "unavailable" for articles marked so. */
function modelReply(request: ChatCompletionRequest | undefined): FakeReply {
  const { system, article } = promptParts(request);
  if (article.includes("OUTAGE")) return { kind: "status", status: 503, message: "overloaded" };
  return { kind: "answer", content: system.includes('BCP 47 tag "de"') ? GERMAN_ANSWER : ENGLISH_ANSWER };
}

beforeAll(async () => {
  model = await startOpenAiCompatibleServer();
  harness = await startHarness({ environment: { SUMMARY_MODEL: "local-model", OPENAI_BASE_URL: model.baseURL, OPENAI_API_KEY: "test-key", SUMMARY_LANGUAGE: "en" } });
});
afterAll(async () => {
  await harness?.close();
  await model?.close();
});
beforeEach(() => {
  model.requests.length = 0;
  model.fallbackReply = modelReply;
});

describe("/summary in each chat's language", () => {
  it("gives a German chat a German summary and an English chat an English one: one model call per language, none for repeats", async () => {
    const { fake } = harness;
    const article = await harness.saveArticle({ title: "Ferry terminal opens", body: BODY });
    fake.addChat({ id: 801, type: "private", firstName: "Greta" });
    fake.addChat({ id: 802, type: "private", firstName: "Ann" });
    fake.addChat({ id: 803, type: "private", firstName: "Gustav" });
    fake.sendUserMessage({ chatId: 801, userId: 801, text: `/summary ${article.id}`, languageCode: "de" });
    fake.sendUserMessage({ chatId: 802, userId: 802, text: `/summary ${article.id}`, languageCode: "en" });
    const [german] = await messagesIn(fake, 801, 1);
    const [english] = await messagesIn(fake, 802, 1);
    expect(german?.text).toContain("Zusammenfassung");
    expect(german?.text).toContain(GERMAN_ANSWER);
    expect(german?.text).toContain("vom Sprachmodell zusammengefasst");
    expect(english?.text).toContain(ENGLISH_ANSWER);
    expect(english?.text).toContain("summarised by the language model");

    const completions = model.requests.filter((request) => request.path === "/v1/chat/completions");
    expect(completions).toHaveLength(2);
    const systems = completions.map((request) => promptParts(request.body).system);
    expect(systems.some((system) => system.includes('Write in German (Deutsch), BCP 47 tag "de"'))).toBe(true);
    expect(systems.some((system) => system.includes('Write in English, BCP 47 tag "en"'))).toBe(true);

    // Another German reader: the cached German summary, no call.
    fake.sendUserMessage({ chatId: 803, userId: 803, text: `/summary ${article.id}`, languageCode: "de" });
    const [again] = await messagesIn(fake, 803, 1);
    expect(again?.text).toContain(GERMAN_ANSWER);
    expect(model.requests).toHaveLength(2);
  });

  it("says in a German chat that an extract is in English, the article's language, when the model is unavailable", async () => {
    const { fake } = harness;
    const article = await harness.saveArticle({ title: "Ferry terminal delayed", body: `OUTAGE. ${BODY}` });
    fake.addChat({ id: 811, type: "private", firstName: "Greta" });
    fake.sendUserMessage({ chatId: 811, userId: 811, text: `/summary ${article.id}`, languageCode: "de" });
    const [reply] = await messagesIn(fake, 811, 1);
    expect(model.requests).toHaveLength(1);
    expect(reply?.text).toContain("Zusammenfassung");
    expect(reply?.text).toMatch(/harbour authority|ferry terminal|night crossings/u);
    expect(reply?.text).toContain("ein Auszug auf Englisch, der Sprache des Artikels: keine Zusammenfassung auf Deutsch verfügbar");
  });

  it("gives no language note when an extract is already in the chat's language", async () => {
    const { fake } = harness;
    const article = await harness.saveArticle({ title: "Ferry fares rise", body: `OUTAGE. ${BODY}` });
    fake.addChat({ id: 821, type: "private", firstName: "Ann" });
    fake.sendUserMessage({ chatId: 821, userId: 821, text: `/summary ${article.id}`, languageCode: "en" });
    const [reply] = await messagesIn(fake, 821, 1);
    expect(reply?.text).toContain("extractive summary (offline)");
    expect(reply?.text).not.toContain("the article's language");
  });
});
