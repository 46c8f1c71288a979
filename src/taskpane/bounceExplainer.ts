// The bounce view's explainer, loaded as its own chunk ("bounce") only when
// the selected message is a delivery report. It runs on the device: the
// message's text never leaves the client for this.

import type { BounceActor } from "../core/bounceReasons.js";
import { explainError } from "../core/explainError.js";
import type { Lang } from "../core/language.js";

export interface BounceExplanationView {
  code: string;
  title: string;
  cause: string;
  fix: string[];
  /** Who must act, when the explainer says. */
  actor: BounceActor | null;
}

export interface BounceView {
  recognised: boolean;
  recipients: string[];
  explanations: BounceExplanationView[];
}

export function explainSelectedBounce(text: string, lang: Lang): BounceView {
  void lang;
  if (text.trim() === "") return { recognised: false, recipients: [], explanations: [] };
  const report = explainError(text);
  return {
    recognised: report.matches.length > 0,
    recipients: [],
    explanations: report.matches.map((match) => ({
      code: match.code,
      title: match.title,
      cause: match.cause,
      fix: match.fix,
      actor: null,
    })),
  };
}
