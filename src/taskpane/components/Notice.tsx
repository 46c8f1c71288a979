// A light message block for the first screen (status of Outlook, the
// server, the account). Fluent's MessageBar brings motion and layout code
// that the start-up bundle cannot afford (docs/taskpane.md, "Bundle budget");
// the sections that load later keep using it. The intent is shown by an icon
// and a coloured edge, the text says the rest (never colour alone).

import type { ReactNode } from "react";
import { Icon } from "./icons.js";

const ICONS = { info: "info", warning: "warning", error: "error" } as const;

export interface NoticeProps {
  intent: keyof typeof ICONS;
  title?: string;
  children: ReactNode;
  testId?: string;
  /** Extra data attribute for tests and support (e.g. the request status). */
  status?: string;
}

export function Notice({ intent, title, children, testId, status }: NoticeProps) {
  return (
    <div className="od-notice" data-intent={intent} data-testid={testId} data-status={status}>
      <Icon name={ICONS[intent]} />
      <div className="od-notice-body">
        {title ? <span className="od-strong">{title}</span> : null}
        <div>{children}</div>
      </div>
    </div>
  );
}

/** "Still working" with a small spinner, announced politely (a lighter Fluent Spinner). */
export function Busy({ label, testId, status }: { label: string; testId?: string; status?: string }) {
  return (
    <div className="od-busy" role="status" data-testid={testId} data-status={status}>
      <span className="od-ring" aria-hidden />
      <span>{label}</span>
    </div>
  );
}
