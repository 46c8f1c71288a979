// How the browser tests find a browser on the machines add-in developers use.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { candidatePaths, findChromium } from "../../scripts/findChromium.cjs";

const root = resolve(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "find-chromium-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onlyExisting(...paths: string[]) {
  return (path: string) => paths.includes(path);
}

describe("findChromium", () => {
  test("CHROMIUM_PATH wins over installed browsers", () => {
    const found = findChromium({
      platform: "linux",
      env: { CHROMIUM_PATH: "/opt/my/chrome" },
      isExecutable: onlyExisting("/opt/my/chrome", "/usr/bin/chromium"),
    });
    expect(found).toEqual({ path: "/opt/my/chrome", source: "CHROMIUM_PATH" });
  });

  test("a CHROMIUM_PATH that is not there is reported, not replaced by another browser", () => {
    const found = findChromium({
      platform: "linux",
      env: { CHROMIUM_PATH: "/nope/chrome" },
      isExecutable: onlyExisting("/usr/bin/chromium"),
    });
    expect(found.path).toBeNull();
    expect(found).toMatchObject({
      problem: expect.stringMatching(/^CHROMIUM_PATH="\/nope\/chrome" is not an executable file/),
    });
  });

  test("Linux: Debian's /usr/bin/chromium first, then Chrome and Edge", () => {
    expect(candidatePaths("linux", {})[0]).toBe("/usr/bin/chromium");
    const found = findChromium({
      platform: "linux",
      env: {},
      isExecutable: onlyExisting("/usr/bin/google-chrome-stable"),
    });
    expect(found).toEqual({ path: "/usr/bin/google-chrome-stable", source: "installed" });
  });

  test("macOS: Chrome or Edge in /Applications or ~/Applications", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(
      findChromium({ platform: "darwin", env: { HOME: "/Users/ann" }, isExecutable: onlyExisting(chrome) })
        .path,
    ).toBe(chrome);
    const edge = "/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
    expect(
      findChromium({ platform: "darwin", env: { HOME: "/Users/ann" }, isExecutable: onlyExisting(edge) })
        .path,
    ).toBe(edge);
  });

  test("Windows: Chrome or Edge under Program Files or the user's AppData", () => {
    const env = {
      PROGRAMFILES: "C:\\Program Files",
      "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
      LOCALAPPDATA: "C:\\Users\\ann\\AppData\\Local",
    };
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    expect(findChromium({ platform: "win32", env, isExecutable: onlyExisting(edge) }).path).toBe(edge);
    const userChrome = "C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
    expect(findChromium({ platform: "win32", env, isExecutable: onlyExisting(userChrome) }).path).toBe(
      userChrome,
    );
  });

  const advice: Array<[NodeJS.Platform, RegExp]> = [
    ["darwin", /brew install --cask chromium/],
    ["win32", /winget install Google\.Chrome/],
    ["linux", /apt-get install -y chromium/],
  ];
  test.each(advice)("nothing installed on %s: says what to install", (platform, expected) => {
    const found = findChromium({ platform, env: { HOME: "/h" }, isExecutable: () => false });
    expect(found.path).toBeNull();
    expect(found).toMatchObject({ problem: expect.stringMatching(expected) });
  });
});

describe("scripts/ensureChromium.sh without a browser", () => {
  function run(env: Record<string, string>) {
    return spawnSync("bash", [join(root, "scripts/ensureChromium.sh")], {
      env: { ...process.env, CI: "", ...env },
      encoding: "utf8",
      timeout: 20_000,
    });
  }

  test("with a browser at CHROMIUM_PATH: uses it", () => {
    const fake = join(dir, "chrome");
    writeFileSync(fake, "#!/bin/sh\n");
    chmodSync(fake, 0o755);
    const result = run({ CHROMIUM_PATH: fake });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`browser for the browser tests: ${fake}`);
  });

  test("outside CI: says what to install and that the browser tests skip, exit 0", () => {
    const result = run({ CHROMIUM_PATH: join(dir, "missing") });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/is not an executable file; install Chromium/);
    expect(result.stderr).toMatch(/the browser tests will be skipped/);
  });

  test("on CI: a missing browser fails the run", () => {
    const result = run({ CHROMIUM_PATH: join(dir, "missing"), CI: "true" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^browser tests need a browser on CI: /);
  });
});
