// Collapsed diagnostics (add-in version and build, Outlook host, webview,
// server and its health, account type, address in use, settings source, last
// verify) with "Copy diagnostics" and "Copy for a ticket" (settings,
// checklist and findings as text, or as JSON).

import { useMemo } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { buildChecklist, type ChecklistInput } from "../../core/checklist.js";
import type { Lang } from "../../core/language.js";
import {
  diagnosticsRows,
  diagnosticsText,
  ticketJson,
  ticketText,
  type DiagnosticsFacts,
} from "../diagnosticsView.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { CopyButton } from "./CopyButton.js";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  group: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  intro: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface DiagnosticsSectionProps {
  t: PaneStrings;
  lang: Lang;
  facts: DiagnosticsFacts;
  /** The checklist's input, to put the same checklist into the ticket; null without settings. */
  checklistInput: ChecklistInput | null;
  /** Raised when the user opens the section (the pane then asks the server's /healthz). */
  onOpen(): void;
}

export default function DiagnosticsSection({
  t,
  lang,
  facts,
  checklistInput,
  onOpen,
}: DiagnosticsSectionProps) {
  return (
    <Accordion
      collapsible
      onToggle={(_event, data) => {
        if (data.openItems.includes("diagnostics")) onOpen();
      }}
    >
      <AccordionItem value="diagnostics">
        <AccordionHeader as="h2" size="small">
          {t.diagnosticsHeading}
        </AccordionHeader>
        <AccordionPanel>
          <DiagnosticsBody t={t} lang={lang} facts={facts} checklistInput={checklistInput} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/**
 * The open panel. Its own component, so that the rows, the checklist and the
 * ticket texts are built only while someone looks, not on every pane update.
 */
function DiagnosticsBody({ t, lang, facts, checklistInput }: Omit<DiagnosticsSectionProps, "onOpen">) {
  const styles = useStyles();
  const rows = diagnosticsRows(facts, t);
  const checklist = useMemo(
    () => (checklistInput ? buildChecklist(checklistInput, lang) : []),
    [checklistInput, lang],
  );
  const ticket = {
    rows,
    settings: facts.settings,
    checklist,
    verify: facts.verify.status === "done" ? facts.verify.report : null,
  };
  const copies = [
    { value: diagnosticsText(rows), label: t.copyDiagnostics, what: t.diagnosticsHeading },
    { value: ticketText(ticket, t), label: t.copyTicket, what: t.copyTicket },
    { value: ticketJson(ticket), label: t.copyTicketJson, what: t.copyTicketJson },
  ];
  return (
    <>
      <p className={styles.intro}>{t.diagnosticsIntro}</p>
      <dl className={styles.list} data-testid="diagnostics">
        {rows.map((row) => (
          <div key={row.key} className={styles.group} data-diagnostic={row.key}>
            <dt className={styles.term}>{row.label}</dt>
            <dd className={styles.value}>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.actions}>
        {copies.map(({ value, label, what }) => (
          <CopyButton
            key={label}
            value={value}
            label={label}
            copiedMessage={t.copiedAnnouncement(what)}
            copiedText={t.copied}
            failedText={t.copyFailed}
            showLabel
          />
        ))}
      </div>
    </>
  );
}
