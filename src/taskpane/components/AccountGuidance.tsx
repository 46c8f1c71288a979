// Account-type guidance above the settings (Microsoft 365, Outlook.com,
// OAuth2-only, app passwords). Which one applies is decided in accountGuidance.ts.

import { makeStyles, tokens } from "@fluentui/react-components";
import { factDate } from "../../core/datedFacts.js";
import type { Lang } from "../../core/language.js";
import type { GuidanceKind } from "../accountGuidance.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { Notice } from "./Notice.js";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  paragraph: { margin: `${tokens.spacingVerticalXS} 0 0` },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
});

export interface AccountGuidanceProps {
  t: PaneStrings;
  lang: Lang;
  kind: GuidanceKind;
  /** Microsoft 365 only: the tenant's MX endpoint, when the domain report showed it. */
  mxEndpoint: string | null;
}

export function AccountGuidance({ t, lang, kind, mxEndpoint }: AccountGuidanceProps) {
  const styles = useStyles();
  const text = t.guidance[kind];
  // Dated facts come from the core's one table (src/core/datedFacts.ts), never typed here.
  const body =
    kind === "outlookCom"
      ? t.guidance.outlookCom.body(factDate("outlookcom-basic-auth-ended", lang))
      : t.guidance[kind].body;
  return (
    <Notice intent="info" testId={`guidance-${kind}`} title={text.title}>
      <p className={styles.paragraph}>{body}</p>
      {kind === "microsoft365" ? (
        <>
          <ol className={styles.list}>
            {t.guidance.microsoft365.options.map((option) => (
              <li key={option}>{option}</li>
            ))}
          </ol>
          {mxEndpoint ? (
            <p className={styles.paragraph}>{t.guidance.microsoft365.mxEndpoint(mxEndpoint)}</p>
          ) : null}
          <h3 className={styles.subheading} data-testid="m365-devices">
            {t.guidance.microsoft365.devicesHeading}
          </h3>
          <p className={styles.paragraph}>
            {t.guidance.microsoft365.basicAuthChange(factDate("m365-smtp-basic-auth-off", lang))}
          </p>
        </>
      ) : null}
      {kind === "appPassword" ? <p className={styles.paragraph}>{t.guidance.appPassword.caveats}</p> : null}
    </Notice>
  );
}
