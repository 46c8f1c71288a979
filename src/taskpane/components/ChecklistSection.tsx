// The security checklist. The rules live in src/core/checklist.ts; this view
// shows each item with an icon and a word for its status, why it matters and
// what to do. It is rebuilt when the verify or domain report arrives.

import { useId, useMemo } from "react";
import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { buildChecklist, type ChecklistInput } from "../../core/checklist.js";
import type { Lang } from "../../core/language.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { SeverityLabel } from "./SeverityLabel.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  line: { margin: 0 },
});

export interface ChecklistSectionProps {
  t: PaneStrings;
  lang: Lang;
  /**
   * Settings, the signed-in mailbox and the From it sends as, the verify and
   * domain reports, and when the verify report arrived (the clock check).
   */
  input: ChecklistInput;
}

export default function ChecklistSection({ t, lang, input }: ChecklistSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const items = useMemo(() => buildChecklist(input, lang), [input, lang]);
  const verify = input.verify ?? null;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.checklistHeading}</Subtitle2>
      </h2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id} className={styles.item} data-checklist-id={item.id}>
            <span>
              <SeverityLabel severity={item.status} t={t} /> <Text weight="semibold">{item.title}</Text>
            </span>
            {item.why ? (
              <p className={styles.line}>
                <Caption1>{t.whyLabel}: </Caption1>
                {item.why}
              </p>
            ) : null}
            {item.action ? (
              <p className={styles.line}>
                <Caption1>{t.actionLabel}: </Caption1>
                {item.action}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {verify ? null : <Caption1>{t.checklistPendingServer}</Caption1>}
    </section>
  );
}
