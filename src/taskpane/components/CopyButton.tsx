// A copy button with visible feedback ("Copied" for two seconds) and a spoken
// one through the pane's live region. A plain button (first screen: no
// Fluent in the start-up bundle), styled in paneStyles.ts.

import { useEffect, useState } from "react";
import { copyText } from "../clipboard.js";
import { useAnnounce } from "./Announcer.js";
import { Icon } from "./icons.js";

const FEEDBACK_MS = 2000;

export interface CopyButtonProps {
  value: string;
  /** Accessible name, e.g. "Copy server". */
  label: string;
  /** Announced after a successful copy, e.g. "Server copied to the clipboard." */
  copiedMessage: string;
  copiedText: string;
  failedText: string;
  /** Show the label as the button's text (for actions, not for a value's copy icon). */
  showLabel?: boolean;
}

export function CopyButton({
  value,
  label,
  copiedMessage,
  copiedText,
  failedText,
  showLabel = false,
}: CopyButtonProps) {
  const announce = useAnnounce();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return undefined;
    const timer = setTimeout(() => setState("idle"), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const onClick = async () => {
    const ok = await copyText(value);
    setState(ok ? "copied" : "failed");
    announce(ok ? copiedMessage : failedText);
  };

  // While "Copied" is visible it must be part of the accessible name (WCAG 2.5.3, label in name).
  const accessibleName = state === "copied" ? `${copiedText}: ${label}` : label;
  const icon = state === "copied" ? "checkmark" : state === "failed" ? "error" : "copy";
  return (
    <button
      type="button"
      className="od-button"
      data-appearance={showLabel ? "secondary" : "subtle"}
      aria-label={accessibleName}
      title={state === "failed" ? failedText : label}
      onClick={() => void onClick()}
    >
      <Icon name={icon} />
      {state === "copied" ? copiedText : showLabel ? label : null}
    </button>
  );
}
