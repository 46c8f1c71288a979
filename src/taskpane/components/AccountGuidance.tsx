// Account-type guidance above the settings (Microsoft 365, Outlook.com,
// OAuth2-only, app passwords). Which one applies is decided in accountGuidance.ts.

import type { DatedFactId } from "../../core/datedFacts.js";
import type { Lang } from "../../core/language.js";
import type { GuidanceKind } from "../accountGuidance.js";
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
  const text = t.guidance[kind];
  // Dated facts come from the core's one table (src/core/datedFacts.ts), never typed here.
  const body =
    kind === "outlookCom"
      ? t.guidance.outlookCom.body(factDate("outlookcom-basic-auth-ended", lang))
      : t.guidance[kind].body;
  return (
    <Notice intent="info" testId={`guidance-${kind}`} title={text.title}>
      <p className="od-p">{body}</p>
      {kind === "microsoft365" ? (
        <>
          <ol className="od-list">
            {t.guidance.microsoft365.options.map((option) => (
              <li key={option}>{option}</li>
            ))}
          </ol>
          {mxEndpoint ? <p className="od-p">{t.guidance.microsoft365.mxEndpoint(mxEndpoint)}</p> : null}
          <h3 className="od-h3 od-p" data-testid="m365-devices">
            {t.guidance.microsoft365.devicesHeading}
          </h3>
          <p className="od-p">
            {t.guidance.microsoft365.basicAuthChange(factDate("m365-smtp-basic-auth-off", lang))}
          </p>
        </>
      ) : null}
      {kind === "appPassword" ? <p className="od-p">{t.guidance.appPassword.caveats}</p> : null}
    </Notice>
  );
}
