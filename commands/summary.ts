import type { CommandDefinition } from "../src/core/commands/command.js";
import { quoteTyped, refuse } from "../src/core/shared/user-messages.js";
import { chatKey } from "../src/core/chats/chat.js";
import type { SummarySource } from "../src/core/summaries/summary-ports.js";

/** How the reply says where the summary came from. */
const SOURCE_DETAIL: Record<SummarySource, string> = {
  model: "summarised by the language model",
  extractive: "extractive summary (offline)",
  none: "the outlet gave only the headline and teaser",
};

/** Article ids are 12 hexadecimal digits, accepted in any case. */
const ARTICLE_ID = /^[0-9a-f]{12}$/iu;

/** /summary <article id or link>: a short summary of one article. */
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
    const typed = (options.string("article") ?? "").trim();
    const isLink = /^https?:\/\//iu.test(typed);
    if (!isLink && !ARTICLE_ID.test(typed)) {
      throw refuse(
        "invalid-article",
        `${quoteTyped(typed)} is not an article id or a link`,
        "Give the 12-character id printed under a story in a digest, or a link starting with https://",
        "Try /summary 5b0f15c8dcaf",
      );
    }
    const target = isLink ? typed : typed.toLowerCase();
    let article = await services.findArticle(target);
    if (!article && isLink) {
      // A page newsdesk has not stored costs a fetch and a model call: limited per person and per chat.
      const verdict = (await services.linkQuota?.take(`${context.chat.platform}:${context.actor.id}`, chatKey(context.chat))) ?? { allowed: true };
      if (!verdict.allowed) {
        const whose = verdict.who === "user" ? "you have" : "this chat has";
        const most = verdict.who === "user" ? "the most one person may" : "the most one chat may";
        throw refuse(
          "rate-limited",
          `In the past hour ${whose} asked for ${verdict.limit} summaries of links newsdesk had not stored, ${most}`,
          "Stories from digests are not limited",
          `Try again in ${verdict.retryInMinutes} min, or give the id of a story from a digest`,
        );
      }
      article = await services.readPage(target);
    }
    if (!article) {
      throw isLink
        ? refuse("unknown-article", `${quoteTyped(target)} could not be read as an article`, "The page may be unreachable, not an article, or not allowed", "Send the link of an article page, or the id of a story from a digest")
        : refuse("unknown-article", `${quoteTyped(target)} is not the id of a stored story`, "Ids come from digests, and stories expire after a while", "Try /latest for current stories and their ids");
    }
    const summary = await services.summaries.summarizeArticle(article, undefined, chatKey(context.chat));
    await context.reply({
      kind: "briefing",
      title: "Summary",
      sections: [
        {
          items: [
            {
              title: article.title,
              url: article.url,
              summary: summary.text || "This article has no text to summarise.",
              sources: [{ name: article.source, url: article.url }],
              articleId: article.id,
              detail: SOURCE_DETAIL[summary.source],
            },
          ],
        },
      ],
    });
  },
};
