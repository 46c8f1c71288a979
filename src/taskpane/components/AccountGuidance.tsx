// Account-type guidance above the settings (Microsoft 365, Outlook.com,
// OAuth2-only, app passwords). Which one applies is decided in accountGuidance.ts.

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { GuidanceKind } from "../accountGuidance.js";
import type { PaneStrings } from "../i18n/paneStrings.js";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  paragraph: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

export interface AccountGuidanceProps {
  t: PaneStrings;
  kind: GuidanceKind;
  /** Microsoft 365 only: the tenant's MX endpoint, when the domain report showed it. */
  mxEndpoint: string | null;
}

export function AccountGuidance({ t, kind, mxEndpoint }: AccountGuidanceProps) {
  const styles = useStyles();
  const text = t.guidance[kind];
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        <p className={styles.paragraph}>{text.body}</p>
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
          </>
        ) : null}
        {kind === "appPassword" ? <p className={styles.paragraph}>{t.guidance.appPassword.caveats}</p> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
