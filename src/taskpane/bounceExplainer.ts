// The pane's use of the core's bounce explainer (src/core/explainBounce.ts):
// for the selected message (the "bounce" chunk) and for pasted text ("Fix an
// error"). It runs on the device: the text never leaves the client for this,
// and it works with the server down. Bad input (binary, a whole mailbox) is
// an ordinary "not recognised" answer with the core's message, never a throw.

import type { BounceActor } from "../core/bounceReasons.js";
import { InputError } from "../core/errors.js";
import { explainBounce } from "../core/explainBounce.js";
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
}

export function explainText(text: string, lang: Lang): BounceView {
  try {
    const report = explainBounce(text, { lang });
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
    };
  } catch (error) {
    if (error instanceof InputError) {
      return { recognised: false, recipients: [], explanations: [], problem: error.message };
    }
    throw error;
  }
}
