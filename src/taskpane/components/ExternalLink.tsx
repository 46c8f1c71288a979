// Links that leave the pane. Inside Outlook they go through
// Office.context.ui.openBrowserWindow where supported, because a plain
// target=_blank link may open inside the Outlook window or be blocked (desktop
// hosts); elsewhere they are ordinary new-tab links. A plain <a> (paneStyles.ts)
// rather than Fluent's Link keeps the start-up bundle small.

import { createContext, useContext, type ReactNode } from "react";
import { Icon } from "./icons.js";
import { VISUALLY_HIDDEN } from "./visuallyHidden.js";

/** Opens a URL outside the pane; null when the pane should use a normal link. */
export type BrowserWindowOpener = ((url: string) => void) | null;

const OpenerContext = createContext<BrowserWindowOpener>(null);

export const BrowserWindowOpenerProvider = OpenerContext.Provider;

export function ExternalLink({ href, children, hint }: { href: string; children: ReactNode; hint: string }) {
  const open = useContext(OpenerContext);
  const absolute = new URL(href, window.location.href).href;
  return (
    <a
      className="od-link"
      href={absolute}
      target="_blank"
      rel="noopener noreferrer"
      onClick={
        open
          ? (event) => {
              event.preventDefault();
              open(absolute);
            }
          : undefined
      }
    >
      {children}
      <Icon name="open" />
      <span className={VISUALLY_HIDDEN}> {hint}</span>
    </a>
  );
}
