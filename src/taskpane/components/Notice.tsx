// A light message block for the first screen (status of Outlook, the
// server, the account). Fluent's MessageBar brings motion and layout code
// that the start-up bundle cannot afford (docs/taskpane.md, "Bundle budget");
// the sections that load later keep using it. The intent is shown by an icon
// and a coloured edge, the text says the rest (never colour alone).

import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  info: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  warning: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  icon: { flexShrink: 0, fontSize: "20px", marginTop: "1px" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
});

const ICONS = { info: InfoRegular, warning: WarningRegular, error: ErrorCircleRegular } as const;

export interface NoticeProps {
  intent: keyof typeof ICONS;
  title?: string;
  children: ReactNode;
  testId?: string;
  /** Extra data attribute for tests and support (e.g. the request status). */
  status?: string;
}

export function Notice({ intent, title, children, testId, status }: NoticeProps) {
  const styles = useStyles();
  const Icon = ICONS[intent];
  return (
    <div className={mergeClasses(styles.root, styles[intent])} data-testid={testId} data-status={status}>
      <Icon aria-hidden className={styles.icon} />
      <div className={styles.body}>
        {title ? <span className={styles.title}>{title}</span> : null}
        <div>{children}</div>
      </div>
    </div>
  );
}

const useBusyStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  ring: {
    width: "16px",
    height: "16px",
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: "50%",
    border: `2px solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
});

/** "Still working" with a small spinner, announced politely (a lighter Fluent Spinner). */
export function Busy({ label, testId, status }: { label: string; testId?: string; status?: string }) {
  const styles = useBusyStyles();
  return (
    <div className={styles.root} role="status" data-testid={testId} data-status={status}>
      <span className={styles.ring} aria-hidden />
      <span>{label}</span>
    </div>
  );
}
