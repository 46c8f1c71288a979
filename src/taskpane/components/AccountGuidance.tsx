// Account-type guidance above the settings (Microsoft 365, Outlook.com,
// OAuth2-only, app passwords). Which one applies is decided in
// accountGuidance.ts, and what it says too (guidanceView), so firstPaint.ts
// paints the same notice before React has loaded.

import type { DatedFactId } from "../../core/datedFacts.js";
import type { Lang } from "../../core/language.js";
import { guidanceView, type GuidanceKind } from "../accountGuidance.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { Notice } from "./Notice.js";

export interface AccountGuidanceProps {
  t: PaneStrings;
  lang: Lang;
  /** factDate from src/core/datedFacts.ts (passed in from the lookup chunk, which carries the table). */
  factDate(id: DatedFactId, lang: Lang): string;
  kind: GuidanceKind;
  /** Microsoft 365 only: the tenant's MX endpoint, when the domain report showed it. */
  mxEndpoint: string | null;
}

export function AccountGuidance({ t, lang, factDate, kind, mxEndpoint }: AccountGuidanceProps) {
  const view = guidanceView(kind, t, lang, factDate, mxEndpoint);
  return (
    <Notice intent="info" testId={`guidance-${kind}`} title={view.title}>
      <p className="od-p">{view.body}</p>
      {view.options.length > 0 ? (
        <ol className="od-list">
          {view.options.map((option) => (
            <li key={option}>{option}</li>
          ))}
        </ol>
      ) : null}
      {view.mxEndpoint ? <p className="od-p">{view.mxEndpoint}</p> : null}
      {view.devicesHeading ? (
        <h3 className="od-h3 od-p" data-testid="m365-devices">
          {view.devicesHeading}
        </h3>
      ) : null}
      {view.basicAuthChange ? <p className="od-p">{view.basicAuthChange}</p> : null}
      {view.caveats ? <p className="od-p">{view.caveats}</p> : null}
    </Notice>
  );
}
