// Types for oldWebviewScript.cjs.

/** src/taskpane/oldWebview.ts as the ES5 script oldWebview.js; throws on a TypeScript syntax error. */
export declare function buildOldWebviewScript(source: string): string;
