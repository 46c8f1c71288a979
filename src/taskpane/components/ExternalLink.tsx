// Links that leave the pane. Inside Outlook they go through
// Office.context.ui.openBrowserWindow where supported, because a plain
// target=_blank link may open inside the Outlook window or be blocked (desktop
// hosts); elsewhere they are ordinary new-tab links. A styled <a> rather than
// Fluent's Link keeps the first bundle smaller.

import { createContext, useContext, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { OpenRegular } from "@fluentui/react-icons";
import { useVisuallyHiddenStyles } from "./visuallyHidden.js";

/** Opens a URL outside the pane; null when the pane should use a normal link. */
export type BrowserWindowOpener = ((url: string) => void) | null;

const OpenerContext = createContext<BrowserWindowOpener>(null);

export const BrowserWindowOpenerProvider = OpenerContext.Provider;

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  icon: { verticalAlign: "middle", marginLeft: tokens.spacingHorizontalXXS },
});

export function ExternalLink({ href, children, hint }: { href: string; children: ReactNode; hint: string }) {
  const open = useContext(OpenerContext);
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const absolute = new URL(href, window.location.href).href;
  return (
    <a
      className={styles.link}
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
      <OpenRegular aria-hidden className={styles.icon} />
      <span className={hidden.root}> {hint}</span>
    </a>
  );
}
