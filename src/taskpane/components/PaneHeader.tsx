// The address in use, the detected provider, and where the answer came from.

import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { sourceDescription } from "../settingsView.js";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export function PaneHeader({
  t,
  address,
  settings,
}: {
  t: PaneStrings;
  address: string | null;
  settings: Settings | null;
}) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      {address ? (
        <dl className={styles.facts}>
          <dt className={styles.term}>
            <Caption1>{t.addressInUseLabel}</Caption1>
          </dt>
          <dd className={styles.value}>
            <Text weight="semibold">{address}</Text>
          </dd>
          {settings ? (
            <>
              <dt className={styles.term}>
                <Caption1>{t.providerLabel}</Caption1>
              </dt>
              <dd className={styles.value}>
                <Text>{settings.provider?.name ?? t.providerUnknown}</Text>
              </dd>
              <dt className={styles.term}>
                <Caption1>{t.sourceLabel}</Caption1>
              </dt>
              <dd className={styles.value}>
                <Caption1>{sourceDescription(settings, t)}</Caption1>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </header>
  );
}
