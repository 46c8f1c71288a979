// Types for findChromium.cjs.

export type ChromiumSearch =
  { path: string; source: "CHROMIUM_PATH" | "installed" } | { path: null; problem: string };

export interface FindChromiumOptions {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  isExecutable?: (path: string) => boolean;
}

/** Standard install places for this platform, most preferred first. */
export declare function candidatePaths(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): string[];
/** What to install on this platform (one line). */
export declare function installAdvice(platform: NodeJS.Platform): string;
/** CHROMIUM_PATH, else the first installed browser; or what is wrong and what to install. */
export declare function findChromium(options?: FindChromiumOptions): ChromiumSearch;
