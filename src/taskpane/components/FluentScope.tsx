// Fluent UI for the sections that load after the first screen: one
// FluentProvider around them, in its own chunk ("fluent"), so Fluent's
// provider, theme and styling runtime stay out of the start-up JavaScript.
// Fluent's dark theme is a further chunk, fetched only by dark Outlooks.

import { useEffect, useState, type ReactNode } from "react";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";

let darkTheme: Theme | null = null;
let darkThemeFailed = false;

/**
 * The theme to render with, or null while a dark Outlook's theme is still on
 * its way: light tokens on the dark page would be unreadable for that moment.
 */
function useTheme(dark: boolean): Theme | null {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (!dark || darkTheme || darkThemeFailed) return undefined;
    let live = true;
    import(/* webpackChunkName: "theme-dark" */ "../darkTheme.js").then(
      (module) => {
        darkTheme = module.webDarkTheme;
        if (live) setLoaded(true);
      },
      () => {
        darkThemeFailed = true;
        if (live) setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [dark]);
  if (!dark) return webLightTheme;
  if (darkTheme) return darkTheme;
  return darkThemeFailed ? webLightTheme : null;
}

export default function FluentScope({ dark, children }: { dark: boolean; children: ReactNode }) {
  const theme = useTheme(dark);
  if (theme === null) return null;
  // Transparent: the page behind already has the theme's background (paneStyles.ts). A dark
  // Outlook whose dark theme could not load gets the light theme on its own light background.
  const background = dark && theme === webLightTheme ? theme.colorNeutralBackground1 : "transparent";
  return (
    <FluentProvider theme={theme} style={{ background }}>
      <div className="od-stack" style={{ gap: "16px" }}>
        {children}
      </div>
    </FluentProvider>
  );
}
