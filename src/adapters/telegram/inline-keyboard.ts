/**
 * Inline buttons under documents, where they help: "Summary N" for each story (runs /summary),
 * "Follow <topic>" for a story's first tag in short documents such as alerts (runs /follow), and
 * "Unsubscribe from <section>" under digests and briefings of sections the chat is subscribed to
 * (runs /unsubscribe), and "More from <section>" under a digest or briefing that left stories of a
 * section (runs /more), and one button per feed under the feeds of a page offered for a pick (runs
 * /source add with that feed). Only commands present in the registry get buttons.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { BriefingDocument } from "../../core/digests/briefing-document.js";
import { followIdOf, followNameProblem } from "../../core/follows/follow-names.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import { FEED_CHOICE_ID, MAX_FEED_CHOICES } from "../../core/chats/feed-choices.js";
import type { ChatRef } from "../../core/chats/chat.js";
import type { TextOf } from "../../core/shared/translator.js";
import { type ButtonAction, encodeCallbackData } from "./callback-data.js";
import { cleanText, sliceSafely } from "./html-segments.js";
import type { TelegramMessagePart } from "./render-telegram-html.js";

/** Which buttons a document gets. */
export interface ButtonPlan {
  /** Article ids with a "Summary" button. */
  summaries: ReadonlySet<string>;
  /** Article id → the topic its "Follow" button follows. */
  follows: ReadonlyMap<string, string>;
  /** Sections with an "Unsubscribe" button (last message only). */
  unsubscribes: readonly { sectionId: string; title: string }[];
  /** Sections with a "More from" button (last message only). */
  mores?: readonly { sectionId: string; title: string }[];
  /** Feeds of a page offered for a pick, one button each (last message only). */
  feeds?: { choiceId: string; titles: readonly string[] };
}

/** A plan without buttons. */
export const NO_BUTTONS: ButtonPlan = { summaries: new Set(), follows: new Map(), unsubscribes: [] };
const MAX_MORE_BUTTONS = 5;

const SUMMARIES_PER_ROW = 4;
const MAX_SUMMARY_BUTTONS = 12;
/** Documents with at most this many stories (alerts) get "Follow" buttons. */
const MAX_ITEMS_FOR_FOLLOW = 3;
const MAX_UNSUBSCRIBE_BUTTONS = 3;
const MAX_LABEL = 40;

/** Decides the buttons of a document for a chat (reads the stored articles and the chat's settings). */
export async function planButtons(input: {
  document: BriefingDocument;
  chat: ChatRef;
  services: Pick<CommandServices, "articles" | "chats" | "catalog">;
  /** Command names the registry has. */
  commands: ReadonlySet<string>;
  /** False for the answer of /summary itself. */
  offerSummaries: boolean;
}): Promise<ButtonPlan> {
  const { document, services, commands } = input;
  const items = document.sections.flatMap((section) => section.items);
  const ids = [...new Set(items.flatMap((item) => (item.articleId ? [item.articleId] : [])))];
  const mores = commands.has("more") ? (document.more ?? []).filter((entry) => isEncodable("more")(entry.sectionId)).slice(0, MAX_MORE_BUTTONS) : [];
  const choice = document.feedChoice;
  if (choice && commands.has("source") && FEED_CHOICE_ID.test(choice.choiceId)) {
    return { ...NO_BUTTONS, feeds: { choiceId: choice.choiceId, titles: choice.titles.slice(0, MAX_FEED_CHOICES) } };
  }
  if (ids.length === 0) return { ...NO_BUTTONS, mores };
  const summaries = new Set(input.offerSummaries && commands.has("summary") ? ids.filter(isEncodable("summary")) : []);
  const wantsFollow = commands.has("follow") && items.length <= MAX_ITEMS_FOR_FOLLOW;
  const wantsUnsubscribe = commands.has("unsubscribe") && !items.some((item) => item.reason);
  if (!wantsFollow && !wantsUnsubscribe) return { ...NO_BUTTONS, summaries, mores };

  const [articles, settings] = await Promise.all([services.articles.getMany(ids), services.chats.get(input.chat)]);
  const follows = new Map<string, string>();
  if (wantsFollow) {
    const followed = new Set(settings.follows.flatMap((follow) => [follow.id, ...follow.aliases.map(followIdOf)]));
    for (const article of articles) {
      const topic = followableTopic(article.tags[0]);
      if (topic && !followed.has(followIdOf(topic)) && isEncodable("follow")(article.id)) follows.set(article.id, topic);
    }
  }
  const unsubscribes: { sectionId: string; title: string }[] = [];
  if (wantsUnsubscribe) {
    for (const sectionId of new Set(articles.map((article) => article.sectionId))) {
      if (!settings.sections.includes(sectionId) || unsubscribes.length >= MAX_UNSUBSCRIBE_BUTTONS) continue;
      if (isEncodable("unsubscribe")(sectionId)) unsubscribes.push({ sectionId, title: services.catalog.get(sectionId)?.title ?? sectionId });
    }
  }
  return { summaries, follows, unsubscribes, mores };
}

/**
 * A tag usable as a follow topic: plain, one line, no alias separator, accepted by /follow's rules;
 * undefined when unusable. Feeds tag in any case ("Budget", "housing"): a tag in lower case only is
 * given a capital, so that every button reads alike ("Follow Budget", "Follow Housing").
 */
export function followableTopic(tag: string | undefined): string | undefined {
  const cleaned = cleanText((tag ?? "").replace(/\|/g, " "), { singleLine: true });
  const topic = cleaned === cleaned.toLowerCase() ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : cleaned;
  return topic.length >= 2 && followNameProblem(topic) === undefined ? topic : undefined;
}

/**
 * The keyboard of one message of a document (undefined: no buttons), labelled in the document's
 * language (`text`): every label is a verb, then what it acts on ("Follow Budget", "More from World").
 */
export function keyboardForPart(part: TelegramMessagePart, plan: ButtonPlan, isLast: boolean, text: TextOf): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = [];
  const summaryButtons = part.items
    .filter((item) => item.articleId !== undefined && plan.summaries.has(item.articleId))
    .slice(0, MAX_SUMMARY_BUTTONS)
    .map((item) => button(text("button-summary", { number: String(item.number) }), { kind: "summary", articleId: item.articleId ?? "" }));
  for (let index = 0; index < summaryButtons.length; index += SUMMARIES_PER_ROW) rows.push(summaryButtons.slice(index, index + SUMMARIES_PER_ROW));
  for (const item of part.items) {
    const topic = item.articleId === undefined ? undefined : plan.follows.get(item.articleId);
    if (topic && item.articleId) rows.push([button(text("button-follow", { topic }), { kind: "follow", articleId: item.articleId })]);
  }
  if (isLast) {
    plan.feeds?.titles.forEach((title, index) => rows.push([button(`${index + 1}. ${title}`, { kind: "feed", choiceId: plan.feeds?.choiceId ?? "", number: index + 1 })]));
    for (const section of plan.mores ?? []) rows.push([button(text("button-more", { section: section.title }), { kind: "more", sectionId: section.sectionId })]);
    for (const section of plan.unsubscribes) rows.push([button(text("button-unsubscribe", { section: section.title }), { kind: "unsubscribe", sectionId: section.sectionId })]);
  }
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

function button(label: string, action: ButtonAction): InlineKeyboardButton.CallbackButton {
  const text = cleanText(label, { singleLine: true });
  return { text: text.length > MAX_LABEL ? `${sliceSafely(text, MAX_LABEL - 1)}…` : text, callback_data: encodeCallbackData(action) };
}

function isEncodable(kind: ButtonAction["kind"]): (argument: string) => boolean {
  return (argument) => {
    try {
      encodeCallbackData(kind === "unsubscribe" || kind === "more" ? { kind, sectionId: argument } : kind === "feed" ? { kind, choiceId: argument, number: 1 } : { kind, articleId: argument });
      return true;
    } catch {
      return false;
    }
  };
}
