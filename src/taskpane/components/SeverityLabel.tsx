// A status shown with an icon and a word, never colour alone (WCAG 1.4.1).

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DismissCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Severity } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  pass: { color: tokens.colorStatusSuccessForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  warn: { color: tokens.colorStatusWarningForeground1 },
  // colorStatusDangerForeground1 is below 4.5:1 on the dark theme background (axe, 4.16:1).
  fail: { color: tokens.colorPaletteRedForeground1 },
});

const ICONS = {
  pass: CheckmarkCircleFilled,
  info: InfoFilled,
  warn: WarningFilled,
  fail: DismissCircleFilled,
} as const;

export function SeverityLabel({ severity, t }: { severity: Severity; t: PaneStrings }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return (
    <span className={mergeClasses(styles.root, styles[severity])}>
      <Icon aria-hidden />
      {t.severity[severity]}
    </span>
  );
}
