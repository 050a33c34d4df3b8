import type { CommandDefinition } from "../src/core/command.js";
import { UserFacingError } from "../src/core/errors.js";
import { chatKey } from "../src/core/model.js";

const ARTICLE_ID = /^[0-9a-f]{12}$/u;

/** /summary <article id or link>: a short summary of one article. */
export const summaryCommand: CommandDefinition = {
  name: "summary",
  description: "Summarise an article: give its id (from a digest) or its link",
  options: [{ name: "article", description: "Article id from a digest, or the article's link", type: "string", required: true, maxLength: 2_000 }],
  permission: "anyone",
  slow: true,
  async run({ context, options, services }) {
    const target = (options.string("article") ?? "").trim();
    const isLink = /^https?:\/\//iu.test(target);
    if (!isLink && !ARTICLE_ID.test(target)) {
      throw new UserFacingError("invalid-article", "Give an article id from a digest (12 letters and digits, e.g. 5b0f15c8dcaf) or a link starting with https://.");
    }
    let article = await services.findArticle(target);
    if (!article && isLink) {
      // A page newsdesk has not stored costs a fetch and a model call: limited per person and per chat.
      const verdict = (await services.linkQuota?.take(`${context.chat.platform}:${context.actor.id}`, chatKey(context.chat))) ?? { allowed: true };
      if (!verdict.allowed) {
        const whose = verdict.who === "user" ? "you have" : "this chat has";
        const most = verdict.who === "user" ? "the most one person may" : "the most one chat may";
        throw new UserFacingError(
          "rate-limited",
          `In the past hour ${whose} asked for ${verdict.limit} summaries of links newsdesk had not stored, ${most}. Try again in ${verdict.retryInMinutes} min, or give the id of a story from a digest (those are not limited).`,
        );
      }
      article = await services.readPage(target);
    }
    if (!article) {
      throw new UserFacingError(
        "unknown-article",
        isLink ? "Could not read an article at that link (it may be unreachable, not an article, or not allowed)." : `No stored article has the id ${target}. Ids come from digests; articles expire after a while.`,
      );
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
              detail: summary.source === "model" ? "summarised by the language model" : "extractive summary (offline)",
            },
          ],
        },
      ],
    });
  },
};
