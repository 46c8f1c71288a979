// Fluent UI for the sections that load after the first screen: one
// FluentProvider around them, in its own chunk ("fluent"), so Fluent's
// provider, theme and styling runtime stay out of the start-up JavaScript.
// Fluent's dark theme is a further chunk, fetched only by dark Outlooks.

import { useEffect, useState, type ReactNode } from "react";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";

let darkTheme: Theme | null = null;

function useTheme(dark: boolean): Theme {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (!dark || darkTheme) return undefined;
    let live = true;
    void import(/* webpackChunkName: "theme-dark" */ "../darkTheme.js").then((module) => {
      darkTheme = module.webDarkTheme;
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [dark]);
  return dark && darkTheme ? darkTheme : webLightTheme;
}

export default function FluentScope({ dark, children }: { dark: boolean; children: ReactNode }) {
  const theme = useTheme(dark);
  // Transparent: the page behind already has the theme's background (paneStyles.ts).
  return (
    <FluentProvider theme={theme} style={{ background: "transparent" }}>
      <div className="od-stack" style={{ gap: "16px" }}>
        {children}
      </div>
    </FluentProvider>
  );
}
