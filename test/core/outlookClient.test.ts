import { describe, expect, it } from "@jest/globals";
import { clientFromHost } from "../../src/core/outlookClient.js";
import type { OutlookClient } from "../../src/core/types.js";

type Case = [hostName: string | undefined, platform: string | undefined, hostVersion: string | undefined];

describe("clientFromHost", () => {
  it.each<[...Case, OutlookClient]>([
    // Office.context.mailbox.diagnostics.hostName with Office.context.platform (Mailbox 1.5+)
    ["Outlook", "PC", "16.0.17928.20114", "classic-windows"],
    ["Outlook", "Mac", "16.89.24091630", "mac"],
    ["newOutlookWindows", "OfficeOnline", "15.20.8158.21", "new-windows"],
    ["OutlookWebApp", "OfficeOnline", "15.20.8158.21", "web"],
    ["OutlookIOS", "iOS", "4.2445.0", "mobile"],
    ["OutlookAndroid", "Android", "4.2445.1", "mobile"],
    // The Mailbox 1.1 documentation's name for Outlook for Mac
    ["Mac Outlook", undefined, undefined, "mac"],
    // Case and spacing as some hosts send them
    [" outlookwebapp ", undefined, undefined, "web"],
    ["NEWOUTLOOKWINDOWS", undefined, undefined, "new-windows"],
    // Without a platform (before Mailbox 1.5), the version tells Windows from Mac
    ["Outlook", undefined, "16.0.5005.1000", "classic-windows"],
    ["Outlook", undefined, "15.0.4420.1017", "classic-windows"],
    ["Outlook", undefined, "16.78.23100802", "mac"],
    ["Outlook", undefined, "15.41", "mac"],
    // Platform alone, when the mailbox diagnostics were not read
    [undefined, "PC", undefined, "classic-windows"],
    [undefined, "Mac", undefined, "mac"],
    [undefined, "iOS", undefined, "mobile"],
    [undefined, "Android", undefined, "mobile"],
  ])("(%p, %p, %p) is %p", (hostName, platform, hostVersion, expected) => {
    expect(clientFromHost(hostName, platform, hostVersion)).toBe(expected);
  });

  it.each<Case>([
    [undefined, undefined, undefined],
    ["", "", ""],
    // OfficeOnline is both Outlook on the web and new Outlook: not enough to tell.
    [undefined, "OfficeOnline", undefined],
    ["Outlook", "OfficeOnline", undefined],
    // WinRT: no Outlook we give steps for.
    ["Outlook", "Universal", undefined],
    [undefined, "Universal", undefined],
    // Another Office host, or one we do not know
    ["Excel", "PC", "16.0.1"],
    ["Thunderbird", undefined, undefined],
    ["Outlook", undefined, undefined],
    ["Outlook", undefined, "garbage"],
  ])("(%p, %p, %p) is unknown", (hostName, platform, hostVersion) => {
    expect(clientFromHost(hostName, platform, hostVersion)).toBeUndefined();
  });
});
