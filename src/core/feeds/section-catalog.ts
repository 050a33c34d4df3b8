/**
 * The operator's sections, looked up by what users type.
 */
import type { FeedSource, Section } from "./feed.js";
import { closestMatches } from "../shared/suggest.js";
import { didYouMean, namesArg, quoteTyped, refuse } from "../shared/user-messages.js";
import { message } from "../shared/translator.js";


/** Read-only access to the configured sections (swapped as a whole when the operator reloads them). */
export class SectionCatalog {
  #sections: ReadonlyMap<string, Section>;
  #sectionOfFeed: Map<string, string> | undefined;

  constructor(sections: readonly Section[]) {
    this.#sections = new Map(sections.map((section) => [section.id, section]));
  }

  /**
   * Replaces every section at once (a reloaded sources file): readers see the old catalog or the
   * new one, never a mix.
   */
  replace(sections: readonly Section[]): void {
    this.#sections = new Map(sections.map((section) => [section.id, section]));
    this.#sectionOfFeed = undefined;
  }

  all(): Section[] {
    return [...this.#sections.values()];
  }

  get(id: string): Section | undefined {
    return this.#sections.get(id);
  }

  /** Every feed of every section. */
  feeds(): FeedSource[] {
    return this.all().flatMap((section) => section.feeds);
  }

  /** The section of a configured feed URL; undefined for a URL the sources file does not name. */
  sectionOfFeed(url: string): string | undefined {
    this.#sectionOfFeed ??= new Map(this.feeds().map((feed) => [feed.url, feed.sectionId]));
    return this.#sectionOfFeed.get(url);
  }

  /**
   * Finds a section by id or title, case-insensitively.
   * @throws UserFacingError `unknown-section`, suggesting the closest names (or listing them).
   */
  resolve(input: string): Section {
    const wanted = input.trim().toLowerCase();
    const found = this.#sections.get(wanted) ?? this.all().find((section) => section.title.toLowerCase() === wanted);
    if (found) return found;
    const ids = [...this.#sections.keys()];
    const suggestions = closestMatches(wanted, ids);
    throw refuse(
      "unknown-section",
      message("section-unknown", { typed: quoteTyped(input) }),
      didYouMean(suggestions) ?? (ids.length > 0 ? message("section-list", { sections: namesArg(ids) }) : message("section-none")),
      message("section-see-all"),
    );
  }
}
