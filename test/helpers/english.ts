/**
 * Refusals as an English-speaking user reads them: a UserFacingError carries catalogue messages,
 * translated where it is answered; these render it through the shipped English catalogue.
 */
import { loadTranslator } from "../../src/adapters/i18n/fluent-translator.js";
import { UserFacingError } from "../../src/core/shared/errors.js";
import { type TextOf, textIn } from "../../src/core/shared/translator.js";
import { userText } from "../../src/core/shared/user-messages.js";

/** The shipped catalogues, read once per test file. */
export const translator = loadTranslator();

/** The English messages. */
export const english: TextOf = textIn(translator, "en");

/** What the user reads for `error` in `language` (English by default); throws anything but a UserFacingError. */
export function refusalText(error: unknown, language = "en"): string {
  if (error instanceof UserFacingError) return userText(error, textIn(translator, language));
  throw error;
}

/** The refusal `run` throws, as the user reads it; fails when it throws none. */
export function refusalOf(run: () => unknown, language = "en"): string {
  try {
    run();
  } catch (error) {
    return refusalText(error, language);
  }
  throw new Error("expected a UserFacingError");
}

/** The refusal `promise` rejects with, as the user reads it; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>, language = "en"): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return refusalText(error, language);
  }
  throw new Error("expected a UserFacingError");
}
