import type { CommandDefinition } from "../src/core/commands/command.js";
import { quoteTyped } from "../src/core/shared/user-messages.js";
import { UserFacingError } from "../src/core/shared/errors.js";
import { chatKey } from "../src/core/chats/chat.js";
import { answerLanguage } from "../src/core/commands/chat-language.js";
import type { Translator } from "../src/core/shared/translator.js";
import type { SummarySource } from "../src/core/summaries/summary-ports.js";

/** How the reply says where the summary came from (catalogue ids). */
const SOURCE_DETAIL: Record<SummarySource, string> = {
  model: "summary-source-model",
  extractive: "summary-source-extractive",
  none: "summary-source-none",
};

/** What the user typed, on one line and cut short, for the catalogue to quote in its own quotation marks. */
function cut(typed: string): string {
  return quoteTyped(typed).slice(1, -1);
}

/** Article ids are 12 hexadecimal digits, accepted in any case. */
const ARTICLE_ID = /^[0-9a-f]{12}$/iu;

/** A language's name in the language of the answer ("Englisch" in a German chat); the tag when Intl has none. */
function languageNameIn(answer: string, tag: string): string {
  try {
    return new Intl.DisplayNames([answer], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The primary subtag, lower-cased: "de-AT" → "de". */
function primary(tag: string): string {
  return tag.toLowerCase().split("-")[0] ?? tag;
}

/**
 * The line under the summary: where it came from and, for an extract (it quotes the article) in
 * another language than the chat's summaries, that it is in the article's language and why.
 */
function detailOf(translator: Translator, answer: string, summary: { source: SummarySource; language?: string }, wanted: string): string {
  const source = translator.t(answer, SOURCE_DETAIL[summary.source]);
  if (summary.source !== "extractive") return source;
  const chat = languageNameIn(answer, wanted);
  if (summary.language === undefined) return translator.t(answer, "summary-extract-own-language", { chat });
  if (primary(summary.language) === primary(wanted)) return source;
  return translator.t(answer, "summary-extract-language", { article: languageNameIn(answer, summary.language), chat });
}

/** /summary <article id or link>: a short summary of one article, in the chat's language. */
export const summaryCommand: CommandDefinition = {
  name: "summary",
  description: "Summarise an article: give its id (from a digest) or its link",
  options: [{ name: "article", label: "article id or link", example: "5b0f15c8dcaf", description: "Article id from a digest, or the article's link", type: "string", required: true, maxLength: 2_000 }],
  permission: "anyone",
  slow: true,
  limits: (services) => {
    const policy = services.linkQuota?.policy;
    return policy
      ? [`Links newsdesk has not stored: at most ${policy.perUserPerHour} per person and ${policy.perChatPerHour} per chat in an hour (stories from digests are not limited).`]
      : [];
  },
  async run({ context, options, services }) {
    const { translator } = services;
    const settings = await services.chats.get(context.chat);
    const answer = answerLanguage(translator, context, settings);
    const refuse = (code: string, id: string, args: Record<string, string | number>) => new UserFacingError(code, translator.t(answer, id, args));
    const typed = (options.string("article") ?? "").trim();
    const isLink = /^https?:\/\//iu.test(typed);
    if (!isLink && !ARTICLE_ID.test(typed)) throw refuse("invalid-article", "summary-invalid-article", { typed: cut(typed) });
    const target = isLink ? typed : typed.toLowerCase();
    let article = await services.findArticle(target);
    if (!article && isLink) {
      // A page newsdesk has not stored costs a fetch and a model call: limited per person and per chat.
      const verdict = (await services.linkQuota?.take(`${context.chat.platform}:${context.actor.id}`, chatKey(context.chat))) ?? { allowed: true };
      if (!verdict.allowed) {
        throw refuse("rate-limited", verdict.who === "user" ? "summary-links-limit-person" : "summary-links-limit-chat", { limit: verdict.limit, minutes: verdict.retryInMinutes });
      }
      article = await services.readPage(target);
    }
    if (!article) {
      throw isLink
        ? refuse("unknown-article", "summary-unreadable-link", { typed: cut(target) })
        : refuse("unknown-article", "summary-unknown-id", { typed: cut(target) });
    }
    // The chat's summary language; chats reading in one language share one cached summary.
    const wanted = services.summaries.languageFor(settings);
    const summary = await services.summaries.summarizeArticle(article, wanted, chatKey(context.chat));
    const text =
      summary.source === "none" && article.source.trim() !== ""
        ? translator.t(answer, "summary-nothing-more", { outlet: article.source, url: article.url })
        : summary.text || translator.t(answer, "summary-no-text");
    await context.reply({
      kind: "briefing",
      title: translator.t(answer, "summary-title"),
      sections: [
        {
          items: [
            {
              title: article.title,
              url: article.url,
              summary: text,
              sources: [{ name: article.source, url: article.url }],
              articleId: article.id,
              detail: detailOf(translator, answer, summary, wanted),
            },
          ],
        },
      ],
    });
  },
};
