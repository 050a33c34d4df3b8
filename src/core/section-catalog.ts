/**
 * The operator's sections, looked up by what users type.
 */
import { UserFacingError } from "./errors.js";
import type { FeedSource, Section } from "./model.js";
import { closestMatches } from "./suggest.js";

/** Read-only access to the configured sections. */
export class SectionCatalog {
  readonly #sections: ReadonlyMap<string, Section>;

  constructor(sections: readonly Section[]) {
    this.#sections = new Map(sections.map((section) => [section.id, section]));
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

  /**
   * Finds a section by id or title, case-insensitively.
   * @throws UserFacingError `unknown-section`, suggesting the closest names.
   */
  resolve(input: string): Section {
    const wanted = input.trim().toLowerCase();
    const found = this.#sections.get(wanted) ?? this.all().find((section) => section.title.toLowerCase() === wanted);
    if (found) return found;
    const suggestions = closestMatches(wanted, [...this.#sections.keys()]);
    const hint = suggestions.length > 0 ? ` — did you mean ${suggestions.join(" or ")}?` : "";
    throw new UserFacingError(
      "unknown-section",
      `No section '${input.trim().slice(0, 40)}'${hint} Use /sections to see them all.`,
    );
  }
}
