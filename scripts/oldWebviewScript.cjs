// Turns src/taskpane/oldWebview.ts into the plain ES5 script that webpack.config.js inlines at the
// end of taskpane.html's <body> (StartUpScriptPlugin). ES5 and no module wrapper, so Internet
// Explorer's Trident and EdgeHTML can parse it.
"use strict";

const ts = require("typescript");

/**
 * @param {string} source the TypeScript source of the guard
 * @returns {string} ES5 JavaScript
 */
function buildOldWebviewScript(source) {
  const { outputText, diagnostics } = ts.transpileModule(String(source), {
    compilerOptions: {
      target: ts.ScriptTarget.ES5,
      // The file has no imports or exports: with legacy detection it stays a script, so CommonJS
      // adds no wrapper and no exports object.
      module: ts.ModuleKind.CommonJS,
      moduleDetection: ts.ModuleDetectionKind.Legacy,
      alwaysStrict: false,
      removeComments: true,
    },
    reportDiagnostics: true,
  });
  if (diagnostics && diagnostics.length > 0) {
    const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, " ")).join("; ");
    throw new Error(`oldWebview.ts: ${text}`);
  }
  return outputText;
}

exports.buildOldWebviewScript = buildOldWebviewScript;
