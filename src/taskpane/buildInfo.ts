// The add-in's version and build, injected by webpack's DefinePlugin from
// package.json and the git short hash (webpack.config.js). Outside a webpack
// build (jest) they are "development".

declare const __ADDIN_VERSION__: string | undefined;
declare const __ADDIN_BUILD__: string | undefined;

export const ADDIN_VERSION: string =
  typeof __ADDIN_VERSION__ === "string" ? __ADDIN_VERSION__ : "development";
export const ADDIN_BUILD: string = typeof __ADDIN_BUILD__ === "string" ? __ADDIN_BUILD__ : "development";
