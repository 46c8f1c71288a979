// "Verify this server": runs /api/verify through the pane (TaskPane owns the
// request), shows the expected steps while it runs, then the findings and a
// link to the full report page.

import { useEffect, useId, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Server } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { safeReportUrl } from "../api/serverApi.js";
import type { VerifyRun } from "../paneController.js";
import { expectedSteps, findingsWorstFirst, targetLabel } from "../verifyProgress.js";
import { CopyButton } from "./CopyButton.js";
import { ExternalLink } from "./ExternalLink.js";
import { SeverityLabel } from "./SeverityLabel.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  button: { alignSelf: "flex-start" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  findings: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

function useElapsedSeconds(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}

export interface VerifySectionProps {
  t: PaneStrings;
  servers: Server[];
  state: VerifyRun;
  onVerify(server: Server): void;
}

export default function VerifySection({ t, servers, state, onVerify }: VerifySectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const [chosen, setChosen] = useState(0);
  const server = servers[chosen] ?? servers[0];
  const running = state.status === "running";
  const elapsed = useElapsedSeconds(running ? state.startedAt : null);
  const certificate = state.status === "done" ? (state.report.tls?.certificate ?? null) : null;
  // The stored report (issue 11): the page shows what this check saw, it never probes again.
  const reportUrl = state.status === "done" ? safeReportUrl(state.report.reportUrl) : null;
  const absoluteReportUrl = reportUrl ? new URL(reportUrl, window.location.href).href : null;
  if (!server) return null;

  return (
    <section aria-labelledby={headingId} aria-busy={running} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.verifyHeading}</Subtitle2>
      </h2>
      <p className={styles.paragraph}>{t.verifyIntro}</p>
      {servers.length > 1 ? (
        <Field label={t.verifyServerLabel}>
          <Select
            value={String(chosen)}
            disabled={running}
            onChange={(_event, data) => setChosen(Number(data.value))}
          >
            {servers.map((entry, index) => (
              <option key={`${entry.host}:${entry.port}:${entry.security}`} value={index}>
                {`${targetLabel(entry)} ${t.security[entry.security]}`}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Button
        className={styles.button}
        appearance="primary"
        disabled={running}
        onClick={() => onVerify(server)}
      >
        {state.status === "idle" || running ? t.verifyButton : t.verifyAgain}
      </Button>

      {state.status === "running" ? (
        <>
          <Field label={t.verifyRunning(targetLabel(state.server))} hint={t.verifyElapsed(elapsed)}>
            <ProgressBar />
          </Field>
          {state.slow ? <Text data-testid="verify-slow">{t.verifySlow}</Text> : null}
          <h3 className={styles.subheading}>{t.verifyStepsHeading}</h3>
          <ol className={styles.list}>
            {expectedSteps(state.server.security).map((step) => (
              <li key={step}>{t.verifySteps[step]}</li>
            ))}
          </ol>
        </>
      ) : null}

      {state.status === "unreachable" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.verifyUnreachable}</MessageBarBody>
        </MessageBar>
      ) : null}

      {state.status === "no-answer" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.verifyNoAnswer(Math.round(state.waitedMs / 1000))}</MessageBarBody>
        </MessageBar>
      ) : null}

      {state.status === "rejected" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.verifyRejected(state.message)}</MessageBarBody>
        </MessageBar>
      ) : null}

      {state.status === "done" ? (
        <>
          <MessageBar intent={state.report.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>
              {state.report.ok
                ? t.verifyPassed(targetLabel(state.server))
                : t.verifyFailed(targetLabel(state.server))}
            </MessageBarBody>
          </MessageBar>
          {state.report.tls ? (
            <Caption1>
              {t.tlsSummary(state.report.tls.protocol, state.report.tls.cipher)}
              {certificate
                ? ` · ${
                    certificate.daysLeft < 0
                      ? t.certificateExpiredSummary(certificate.subject)
                      : t.certificateSummary(certificate.subject, certificate.daysLeft)
                  }`
                : ""}
            </Caption1>
          ) : null}
          <h3 className={styles.subheading}>{t.verifyStepsHeading}</h3>
          <ol className={styles.list}>
            {state.report.steps.map((step, index) => (
              <li key={`${step.step}-${index}`}>
                {t.verifySteps[step.step] ?? step.step}: {step.ok ? t.stepOk : t.stepFailed} ({step.ms} ms)
                {!step.ok && step.detail ? ` · ${step.detail}` : ""}
              </li>
            ))}
          </ol>
          <h3 className={styles.subheading}>{t.verifyFindingsHeading}</h3>
          <ul className={styles.findings}>
            {findingsWorstFirst(state.report).map((finding) => (
              <li key={finding.id} className={styles.finding}>
                <span>
                  <SeverityLabel severity={finding.severity} t={t} />{" "}
                  <Text weight="semibold">{finding.title}</Text>
                </span>
                <Text>{finding.detail}</Text>
                {finding.fix ? <Text italic>{finding.fix}</Text> : null}
              </li>
            ))}
          </ul>
          {reportUrl && absoluteReportUrl ? (
            <span>
              <ExternalLink href={reportUrl} hint={t.opensInBrowser}>
                {t.openReport}
              </ExternalLink>{" "}
              <CopyButton
                value={absoluteReportUrl}
                label={t.copyReportLink}
                copiedMessage={t.reportLinkCopied}
                copiedText={t.copied}
                failedText={t.copyFailed}
                showLabel
              />
            </span>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
