// Types for oldWebviewScript.cjs.

/** src/taskpane/oldWebview.ts as the ES5 script the build inlines into taskpane.html; throws on a TypeScript syntax error. */
export declare function buildOldWebviewScript(source: string): string;
