// Finds a Chromium-family browser for the browser tests (playwright-core drives it; nothing is
// ever downloaded): CHROMIUM_PATH, then Debian's /usr/bin/chromium, then an installed Chrome,
// Chromium or Edge at the standard places on Linux, macOS and Windows.
//
//   node scripts/findChromium.cjs      prints the path and exits 0, or prints what to install and exits 1
//
// CommonJS so that scripts/ensureChromium.sh (through node) and the jest harness share it.
"use strict";

const { accessSync, constants, statSync } = require("node:fs");
const { join, win32 } = require("node:path");

/**
 * Where browsers are installed, most preferred first.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
function candidatePaths(platform, env) {
  if (platform === "darwin") {
    const apps = ["/Applications", join(env.HOME || "/", "Applications")];
    return apps.flatMap((dir) => [
      join(dir, "Chromium.app/Contents/MacOS/Chromium"),
      join(dir, "Google Chrome.app/Contents/MacOS/Google Chrome"),
      join(dir, "Microsoft Edge.app/Contents/MacOS/Microsoft Edge"),
    ]);
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((dir) => [
      win32.join(dir, "Google", "Chrome", "Application", "chrome.exe"),
      win32.join(dir, "Chromium", "Application", "chrome.exe"),
      win32.join(dir, "Microsoft", "Edge", "Application", "msedge.exe"),
    ]);
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
  ];
}

function isExecutableFile(path, platform) {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== "win32") accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What to install, in one or two lines, for this platform. */
function installAdvice(platform) {
  if (platform === "darwin")
    return "install Google Chrome, Chromium or Microsoft Edge (e.g. brew install --cask chromium), or set CHROMIUM_PATH";
  if (platform === "win32")
    return "install Google Chrome or Microsoft Edge (winget install Google.Chrome), or set CHROMIUM_PATH to chrome.exe/msedge.exe";
  return "install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH";
}

/**
 * @param {{ platform?: NodeJS.Platform, env?: Record<string, string | undefined>, isExecutable?: (path: string) => boolean }} [options]
 * @returns {{ path: string, source: "CHROMIUM_PATH" | "installed" } | { path: null, problem: string }}
 */
function findChromium(options = {}) {
  const platform = options.platform || process.platform;
  const env = options.env || process.env;
  const isExecutable = options.isExecutable || ((path) => isExecutableFile(path, platform));
  const configured = (env.CHROMIUM_PATH || "").trim();
  if (configured !== "") {
    if (isExecutable(configured)) return { path: configured, source: "CHROMIUM_PATH" };
    // A wrong CHROMIUM_PATH is a mistake to report, not a reason to pick another browser silently.
    return {
      path: null,
      problem: `CHROMIUM_PATH=${JSON.stringify(configured)} is not an executable file; ${installAdvice(platform)}`,
    };
  }
  for (const candidate of candidatePaths(platform, env)) {
    if (isExecutable(candidate)) return { path: candidate, source: "installed" };
  }
  return { path: null, problem: `no Chrome, Chromium or Edge found; ${installAdvice(platform)}` };
}

exports.candidatePaths = candidatePaths;
exports.installAdvice = installAdvice;
exports.findChromium = findChromium;

if (require.main === module) {
  const found = findChromium();
  if (found.path) {
    console.log(found.path);
  } else {
    console.error(found.problem);
    process.exitCode = 1;
  }
}
