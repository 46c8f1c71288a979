// Fluent's dark theme, as its own chunk ("theme-dark"): only Outlooks with a
// dark background fetch it (themeChoice.ts decides).
export { webDarkTheme } from "@fluentui/react-components";
