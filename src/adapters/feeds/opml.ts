/**
 * OPML subscription lists with feedsmith's reader and writer (its XML parser never expands DTD
 * entities): the sources file's sections as OPML and back (`newsdesk opml`), and the
 * {@link OpmlCodec} of a chat's own feeds (`/source export|import`).
 */
import { generateOpml, parseOpml, type Opml } from "feedsmith";
import type { Section } from "../../core/feeds/feed.js";
import { type OpmlCodec, type OpmlFeed, OpmlReadError } from "../../core/chats/opml.js";

/** Sections in a sources file, at most (as the sources file allows). */
const MAX_SECTIONS = 100;

type Outline = Opml.Outline<string>;

/** The sections as an OPML document. */
export function sectionsToOpml(sections: readonly Section[]): string {
  return generateOpml({
    head: { title: "newsdesk sources" },
    body: {
      outlines: sections.map((section) => ({
        text: section.title,
        title: section.title,
        category: section.id,
        ...(section.description ? { description: section.description } : {}),
        outlines: section.feeds.map((feed) => ({ type: "rss", text: feed.name ?? feed.url, ...(feed.name ? { title: feed.name } : {}), xmlUrl: feed.url })),
      })),
    },
  });
}

/** A sources file (as data) from an OPML document, and what was skipped and why. */
export function opmlToSources(text: string): { file: { sections: { id: string; title: string; feeds: { url: string; name?: string }[] }[] }; skipped: string[] } {
  const document = parseOpml(text);
  const skipped: string[] = [];
  const sections = new Map<string, { id: string; title: string; feeds: { url: string; name?: string }[] }>();
  const sectionFor = (title: string, category: string | undefined) => {
    const id = uniqueId(category && /^[a-z0-9][a-z0-9-]{0,31}$/u.test(category) ? category : slug(title), sections, title);
    const existing = sections.get(id);
    if (existing) return existing;
    if (sections.size >= MAX_SECTIONS) return undefined;
    const created = { id, title: title.slice(0, 100) || id, feeds: [] };
    sections.set(id, created);
    return created;
  };
  for (const top of document.body?.outlines ?? []) {
    const isFeed = top.xmlUrl !== undefined;
    if (!isFeed && !top.outlines?.length) {
      skipped.push(`${(top.title ?? top.text ?? "").slice(0, 100) || "(untitled)"}: no feed URL (xmlUrl)`);
      continue;
    }
    const section = isFeed ? sectionFor("Imported", "imported") : sectionFor(top.title ?? top.text ?? "", top.category);
    const feeds = isFeed ? [top] : flatten(top.outlines ?? []);
    for (const outline of feeds) {
      const name = (outline.title ?? outline.text ?? "").trim().slice(0, 100);
      const url = httpUrl(outline.xmlUrl);
      if (!section) skipped.push(`${outline.xmlUrl ?? name}: more than ${MAX_SECTIONS} sections`);
      else if (!url) skipped.push(`${name || "(untitled)"}: ${outline.xmlUrl === undefined ? "no feed URL (xmlUrl)" : `"${outline.xmlUrl.slice(0, 200)}" is not an http(s) URL`}`);
      else if (!section.feeds.some((feed) => feed.url === url)) section.feeds.push({ url, ...(name && name !== url ? { name } : {}) });
    }
  }
  return { file: { sections: [...sections.values()].filter((section) => section.feeds.length > 0) }, skipped };
}

/** The feed outlines under `outlines`, nested folders included, in document order. */
function flatten(outlines: readonly Outline[]): Outline[] {
  const result: Outline[] = [];
  const stack = [...outlines].reverse();
  for (let outline = stack.pop(); outline; outline = stack.pop()) {
    if (outline.xmlUrl !== undefined || !outline.outlines?.length) result.push(outline);
    else stack.push(...[...outline.outlines].reverse());
  }
  return result;
}

function httpUrl(value: string | undefined): string | undefined {
  if (value === undefined || !/^https?:\/\//iu.test(value.trim())) return undefined;
  try {
    const url = new URL(value.trim());
    return url.hostname === "" ? undefined : url.href;
  } catch {
    return undefined;
  }
}

function slug(title: string): string {
  return title.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-+|-+$/gu, "").slice(0, 32).replace(/-+$/u, "") || "section";
}

/** `id`, or `id-2`… when another title already took it. */
function uniqueId(id: string, sections: ReadonlyMap<string, { title: string }>, title: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? id : `${id.slice(0, 29)}-${n}`;
    const existing = sections.get(candidate);
    if (!existing || existing.title === title) return candidate;
  }
}

/** Longest title or address kept from an outline. */
const MAX_ATTRIBUTE = 2_100;

/** The OPML reader and writer of `/source export|import`. */
export function createOpmlCodec(): OpmlCodec {
  return {
    write(title, feeds) {
      return generateOpml({
        head: { title, dateCreated: new Date() },
        body: {
          outlines: feeds.map((feed) => ({
            type: "rss",
            text: feed.title ?? feed.xmlUrl,
            ...(feed.title ? { title: feed.title } : {}),
            xmlUrl: feed.xmlUrl,
            ...(feed.htmlUrl ? { htmlUrl: feed.htmlUrl } : {}),
          })),
        },
      });
    },
    read(text, maxFeeds) {
      // The root must be <opml>, after at most a declaration, comments and a DOCTYPE without an internal
      // subset: OPML needs no entity declarations, so none are read (no entity bombs, no external files).
      if (!/^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*>\s*)*<opml[\s>]/iu.test(text.slice(0, 4_096))) {
        throw new OpmlReadError("no <opml> root element (or a DOCTYPE declaring entities)");
      }
      let document: Opml.Document<string>;
      try {
        document = parseOpml(text);
      } catch (error) {
        // Malformed XML, or nesting deep enough to exhaust the stack (RangeError).
        throw new OpmlReadError("not a readable OPML document", { cause: error });
      }
      const feeds: OpmlFeed[] = [];
      let withoutFeedUrl = 0;
      let more = false;
      for (const outline of flatten(document.body?.outlines ?? [])) {
        if (outline.xmlUrl === undefined || outline.xmlUrl.trim() === "") {
          withoutFeedUrl += 1;
          continue;
        }
        if (feeds.length >= maxFeeds) {
          more = true;
          break;
        }
        const title = (outline.title ?? outline.text ?? "").trim().slice(0, MAX_ATTRIBUTE);
        feeds.push({
          xmlUrl: outline.xmlUrl.trim().slice(0, MAX_ATTRIBUTE),
          ...(title ? { title } : {}),
          ...(outline.htmlUrl ? { htmlUrl: outline.htmlUrl.trim().slice(0, MAX_ATTRIBUTE) } : {}),
        });
      }
      return { feeds, withoutFeedUrl, more };
    },
  };
}
