/**
 * Message components of newsdesk and their custom ids: a "Summary" button per story, under a
 * delivered document "Follow a topic…" (opens a modal) and "Unsubscribe…" (offers the channel's
 * sections in a select menu), and "More from <section>" (`nd:more:<section>`, runs /more) under a
 * digest or briefing that left stories, and "1. <feed>" (`nd:feed:<choice>:<n>`, runs /source add
 * with that feed) under the feeds of a page offered for a pick. Custom ids are `nd:<action>[:<argument>]`, at most 100 characters
 * (Discord's limit), and parsed strictly: anything else is treated as an expired button.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIModalInteractionResponseCallbackData,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from "discord.js";
import type { TextOf } from "../../core/shared/translator.js";
import { removeControlCharacters, singleLine, truncate } from "./discord-text.js";

/** What a component asks newsdesk to do. */
export type ComponentAction =
  | { kind: "summary"; articleId: string }
  | { kind: "more"; sectionId: string }
  /** Runs /source add with feed `number` (from 1) of the page's feeds kept under `choiceId`. */
  | { kind: "feed"; choiceId: string; number: number }
  | { kind: "follow-prompt" }
  | { kind: "follow-submit" }
  | { kind: "unsubscribe-prompt" }
  | { kind: "unsubscribe-choice" };

/** Discord's limit for custom_id. */
export const MAX_CUSTOM_ID_LENGTH = 100;
/** The text input of the follow modal. */
export const FOLLOW_TOPIC_INPUT = "topic";
/** Longest topic line accepted in the modal (same as /follow's option). */
export const MAX_FOLLOW_INPUT_LENGTH = 400;

const ARTICLE_ID = /^[0-9A-Za-z_-]{1,64}$/u;
const SECTION_ID = /^[a-z0-9][a-z0-9-]{0,31}$/u;
const FEED_ID = /^nd:feed:([A-Za-z0-9_-]{11}):([1-9][0-9]?)$/u;
const SIMPLE_IDS: Record<Exclude<ComponentAction["kind"], "summary" | "more" | "feed">, string> = {
  "follow-prompt": "nd:follow",
  "follow-submit": "nd:follow-topic",
  "unsubscribe-prompt": "nd:unsub",
  "unsubscribe-choice": "nd:unsub-section",
};

/** Whether `articleId` can travel in a summary button. */
export function isButtonArticleId(articleId: string): boolean {
  return ARTICLE_ID.test(articleId);
}

/** The custom id of an action; throws when it would be invalid (a bug, not user input). */
export function customIdOf(action: ComponentAction): string {
  if (action.kind === "feed") {
    const id = `nd:feed:${action.choiceId}:${action.number}`;
    if (!FEED_ID.test(id)) throw new Error("feed choice not usable in a custom_id");
    return id;
  }
  if (action.kind === "more") {
    if (!SECTION_ID.test(action.sectionId)) throw new Error(`section id not usable in a custom_id: ${action.sectionId.slice(0, 80)}`);
    return `nd:more:${action.sectionId}`;
  }
  if (action.kind !== "summary") return SIMPLE_IDS[action.kind];
  if (!isButtonArticleId(action.articleId)) throw new Error(`article id not usable in a custom_id: ${action.articleId.slice(0, 80)}`);
  const id = `nd:sum:${action.articleId}`;
  if (id.length > MAX_CUSTOM_ID_LENGTH) throw new Error("custom_id longer than 100 characters");
  return id;
}

/** The action of a custom id, or undefined for anything newsdesk did not create. */
export function parseCustomId(customId: string): ComponentAction | undefined {
  if (customId.length > MAX_CUSTOM_ID_LENGTH) return undefined;
  const summary = /^nd:sum:(.+)$/u.exec(customId);
  if (summary) return isButtonArticleId(summary[1] ?? "") ? { kind: "summary", articleId: summary[1] ?? "" } : undefined;
  const feed = FEED_ID.exec(customId);
  if (feed) return { kind: "feed", choiceId: feed[1] ?? "", number: Number(feed[2]) };
  const more = /^nd:more:(.+)$/u.exec(customId);
  if (more) return SECTION_ID.test(more[1] ?? "") ? { kind: "more", sectionId: more[1] ?? "" } : undefined;
  const entry = Object.entries(SIMPLE_IDS).find(([, id]) => id === customId);
  return entry ? ({ kind: entry[0] } as ComponentAction) : undefined;
}

type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/*
 * Labels come from the catalogue in the document's (the chat's) language, `text`, in one style: a
 * verb, then what it acts on ("Summary: <title>", "More from <section>", "Follow a topic…").
 */

/** Rows of "Summary" buttons, five per row, one per distinct article. */
export function summaryButtonRows(stories: readonly { articleId: string; title: string }[], text: TextOf): ActionRow[] {
  const seen = new Set<string>();
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const story of stories) {
    if (seen.has(story.articleId) || !isButtonArticleId(story.articleId)) continue;
    seen.add(story.articleId);
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customIdOf({ kind: "summary", articleId: story.articleId }),
      label: truncate(text("button-summary-of", { title: singleLine(removeControlCharacters(story.title)) || story.articleId }), 80),
    });
  }
  const rows: ActionRow[] = [];
  for (let index = 0; index < buttons.length; index += 5) rows.push({ type: ComponentType.ActionRow, components: buttons.slice(index, index + 5) });
  return rows;
}

/** "More from <section>" buttons (at most 5, one row), for sections whose stories are left. */
export function moreButtonRow(sections: readonly { sectionId: string; title: string }[], text: TextOf): ActionRow | undefined {
  const buttons: APIButtonComponentWithCustomId[] = sections
    .filter((section) => SECTION_ID.test(section.sectionId))
    .slice(0, 5)
    .map((section) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      custom_id: customIdOf({ kind: "more", sectionId: section.sectionId }),
      label: truncate(text("button-more", { section: singleLine(removeControlCharacters(section.title)) || section.sectionId }), 80),
    }));
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

/** One button per feed of a page offered for a pick ("1. <title>"), five a row. */
export function feedChoiceRows(choice: { choiceId: string; titles: readonly string[] }, text: TextOf): ActionRow[] {
  if (!FEED_ID.test(`nd:feed:${choice.choiceId}:1`)) return [];
  const buttons: APIButtonComponentWithCustomId[] = choice.titles.slice(0, 10).map((title, index) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    custom_id: customIdOf({ kind: "feed", choiceId: choice.choiceId, number: index + 1 }),
    label: truncate(`${index + 1}. ${singleLine(removeControlCharacters(title)) || text("label-feed")}`, 80),
  }));
  const rows: ActionRow[] = [];
  for (let index = 0; index < buttons.length; index += 5) rows.push({ type: ComponentType.ActionRow, components: buttons.slice(index, index + 5) });
  return rows;
}

/** "Follow a topic…" and "Unsubscribe…" under a delivered document. */
export function deliveryActionRow(text: TextOf): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customIdOf({ kind: "follow-prompt" }), label: truncate(text("button-follow-prompt"), 80) },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customIdOf({ kind: "unsubscribe-prompt" }), label: truncate(text("button-unsubscribe-prompt"), 80) },
    ],
  };
}

/** A select menu of the chat's sections (at most 25, Discord's limit). */
export function unsubscribeSelectRow(sections: readonly { id: string; title: string }[], text: TextOf): ActionRow {
  const select: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: customIdOf({ kind: "unsubscribe-choice" }),
    placeholder: truncate(text("unsubscribe-placeholder"), 150),
    min_values: 1,
    max_values: 1,
    options: sections.slice(0, 25).map((section) => ({ label: truncate(singleLine(section.title) || section.id, 100), value: section.id.slice(0, 100), description: truncate(section.id, 100) })),
  };
  return { type: ComponentType.ActionRow, components: [select] };
}

/** The modal "Follow a topic" (one text input). */
export function followModal(text: TextOf): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customIdOf({ kind: "follow-submit" }),
    title: truncate(text("follow-modal-title"), 45),
    components: [
      {
        type: ComponentType.Label,
        label: truncate(text("follow-modal-label"), 45),
        component: {
          type: ComponentType.TextInput,
          custom_id: FOLLOW_TOPIC_INPUT,
          style: TextInputStyle.Short,
          required: true,
          min_length: 1,
          max_length: MAX_FOLLOW_INPUT_LENGTH,
          placeholder: "APT31 | Judgement Panda | Zirconium",
        },
      },
    ],
  };
}
