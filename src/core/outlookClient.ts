// Which Outlook the add-in runs in, from what Office.js reports:
// Office.context.mailbox.diagnostics.hostName ("Outlook", "newOutlookWindows",
// "OutlookWebApp", "OutlookIOS", "OutlookAndroid"; Mailbox 1.1 documented
// "Mac Outlook"), Office.context.platform (Office.PlatformType: "PC", "Mac",
// "OfficeOnline", "iOS", "Android", "Universal") and hostVersion.

import type { OutlookClient } from "./types.js";

/** hostName values that name one client on their own (compared lower-case). */
const CLIENT_BY_HOST_NAME: Readonly<Record<string, OutlookClient>> = {
  newoutlookwindows: "new-windows",
  outlookwebapp: "web",
  outlookios: "mobile",
  outlookandroid: "mobile",
  "mac outlook": "mac",
};

/**
 * Office.PlatformType values that name one client. "OfficeOnline" is missing on
 * purpose: both Outlook on the web and new Outlook on Windows report it.
 * "Universal" (WinRT) is no Outlook we give steps for.
 */
const CLIENT_BY_PLATFORM: Readonly<Record<string, OutlookClient>> = {
  pc: "classic-windows",
  mac: "mac",
  ios: "mobile",
  android: "mobile",
};

/**
 * Without a platform (hosts older than Mailbox 1.5), "Outlook" is classic Windows
 * or Mac; their version strings differ: Windows builds are "16.0.<build>.<rev>"
 * (Outlook 2013: "15.0..."), Mac builds "16.<minor>..." with minor above 0.
 */
const CLIENT_BY_OUTLOOK_VERSION: ReadonlyArray<{ pattern: RegExp; client: OutlookClient }> = [
  { pattern: /^1[56]\.0\.\d+/, client: "classic-windows" },
  { pattern: /^1[56]\.[1-9]\d*(\.|$)/, client: "mac" },
];

function lower(value: string | undefined): string {
  return (value ?? "").trim().toLowerCase();
}

/** The Outlook client for the host, or undefined when Office.js does not say clearly (the pane then asks). */
export function clientFromHost(
  hostName?: string,
  platform?: string,
  hostVersion?: string,
): OutlookClient | undefined {
  const name = lower(hostName);
  const byName = CLIENT_BY_HOST_NAME[name];
  if (byName) return byName;
  const byPlatform = CLIENT_BY_PLATFORM[lower(platform)];
  // A bare platform is trusted only when the host is Outlook or unnamed.
  if (name !== "outlook" && name !== "") return undefined;
  if (byPlatform) return byPlatform;
  if (name !== "outlook" || lower(platform) !== "") return undefined;
  const version = lower(hostVersion);
  return CLIENT_BY_OUTLOOK_VERSION.find((entry) => entry.pattern.test(version))?.client;
}
