// The pane's use of the core's bounce explainer (src/core/explainBounce.ts):
// for the selected message (the "bounce" chunk) and for pasted text ("Fix an
// error"). It runs on the device: the text never leaves the client for this,
// and it works with the server down. Bad input (binary, a whole mailbox) is
// an ordinary "not recognised" answer with the core's message, never a throw.
// The explainer matches first and then fetches only the English texts of the
// explanations it returns (one small chunk per reason; docs/errors.md).

import type { BounceActor } from "../core/bounceReasons.js";
import { errorMessageIn, InputError } from "../core/errors.js";
import { explainBounceLoadingTexts } from "../core/explainBounce.js";
import type { Lang } from "../core/language.js";

export interface BounceExplanationView {
  code: string;
  title: string;
  cause: string;
  fix: string[];
  /** Who must act. */
  actor: BounceActor;
}

export interface BounceView {
  recognised: boolean;
  /** Failed recipients named by the report. */
  recipients: string[];
  explanations: BounceExplanationView[];
  /** The core's message when the text cannot be read as a bounce at all (binary, a mailbox file). */
  problem: string | null;
  /** The explainer or its texts could not be loaded (offline, a failed chunk): say so, never show nothing. */
  loadFailed: boolean;
}

/**
 * `shown`: explain only the best `shown` matches (a view that shows one needs only its texts); all when absent.
 * `explain` is the core's explainer (a test hands in one whose texts fail to load).
 */
export async function explainText(
  text: string,
  lang: Lang,
  shown?: number,
  explain: typeof explainBounceLoadingTexts = explainBounceLoadingTexts,
): Promise<BounceView> {
  try {
    const report = await explain(text, shown === undefined ? { lang } : { lang, shown });
    return {
      recognised: report.recognised,
      recipients: report.parsed.recipients,
      explanations: report.explanations.map(({ code, title, cause, fix, actor }) => ({
        code,
        title,
        cause,
        fix,
        actor,
      })),
      problem: null,
      loadFailed: false,
    };
  } catch (error) {
    if (error instanceof InputError) {
      return {
        recognised: false,
        recipients: [],
        explanations: [],
        problem: errorMessageIn(error, lang),
        loadFailed: false,
      };
    }
    // A text group that did not download (ChunkLoadError) or any other failure of the explainer.
    return { recognised: false, recipients: [], explanations: [], problem: null, loadFailed: true };
  }
}
