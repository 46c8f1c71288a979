// Step-by-step instructions for the Outlook the pane runs in (detected from
// the host), switchable for people setting up another device.

import { useId, useState } from "react";
import { Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { OUTLOOK_CLIENTS, setupGuide } from "../../core/setupSteps.js";
import { localize, type Lang } from "../../core/language.js";
import type { OutlookClient, Settings } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  values: { margin: `${tokens.spacingVerticalXXS} 0 0`, padding: 0, listStyleType: "none" },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  paragraph: { margin: 0 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface SetupSectionProps {
  t: PaneStrings;
  lang: Lang;
  settings: Settings;
  detectedClient: OutlookClient | undefined;
}

export default function SetupSection({ t, lang, settings, detectedClient }: SetupSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const [client, setClient] = useState<OutlookClient>(
    detectedClient ?? OUTLOOK_CLIENTS[0]?.id ?? "new-windows",
  );
  const guide = setupGuide(client, settings, lang);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.setupHeading}</Subtitle2>
      </h2>
      <Field label={t.clientLabel}>
        <Select
          value={client}
          onChange={(_event, data) => {
            const chosen = OUTLOOK_CLIENTS.find((entry) => entry.id === data.value);
            if (chosen) setClient(chosen.id);
          }}
        >
          {OUTLOOK_CLIENTS.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {localize(entry.name, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <p className={styles.paragraph}>{guide.intro}</p>
      <ol className={styles.steps}>
        {guide.steps.map((step, index) => (
          <li key={index}>
            {step.text}
            {step.values ? (
              <ul className={styles.values}>
                {step.values.map((entry, valueIndex) => (
                  // Labels repeat across the incoming and outgoing halves of a dialog.
                  <li key={valueIndex}>
                    {entry.label}: <span className={styles.value}>{entry.value}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {guide.notes.length > 0 ? (
        <ul className={styles.notes}>
          {guide.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
