// Collapsed diagnostics (host, version, platform, language, highest Mailbox
// requirement set) with one copy button for pasting into a support ticket.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MailboxContext } from "../../core/types.js";
import { diagnosticsRows, diagnosticsText } from "../diagnosticsView.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import type { HostDiagnostics } from "../office/officeHost.js";
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
});

export interface DiagnosticsSectionProps {
  t: PaneStrings;
  diagnostics: HostDiagnostics | null;
  mode: MailboxContext["mode"];
}

export default function DiagnosticsSection({ t, diagnostics, mode }: DiagnosticsSectionProps) {
  const styles = useStyles();
  const rows = diagnosticsRows(diagnostics, mode, t);
  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader as="h2" size="small">
          {t.diagnosticsHeading}
        </AccordionHeader>
        <AccordionPanel>
          <p className={styles.intro}>{t.diagnosticsIntro}</p>
          <dl className={styles.list}>
            {rows.map((row) => (
              <div key={row.label} className={styles.group}>
                <dt className={styles.term}>{row.label}</dt>
                <dd className={styles.value}>{row.value}</dd>
              </div>
            ))}
          </dl>
          <CopyButton
            value={diagnosticsText(rows)}
            label={t.copyDiagnostics}
            copiedMessage={t.copiedAnnouncement(t.diagnosticsHeading)}
            copiedText={t.copied}
            failedText={t.copyFailed}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
