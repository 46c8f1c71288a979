// Browser tests: the built pane, served by the built server (as `npm start`
// runs it), in Debian's headless Chromium at Outlook's 320 px pane width.
// Each scenario asserts what a person sees, copies a value and reads the
// clipboard, and runs axe-core. Screenshots go to test-output/screenshots/.
import { createHash } from "node:crypto";
import { parse } from "acorn";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { englishSentences } from "../core/englishSentences.js";
import { startSmtpPeer, type SmtpPeer } from "../peers/smtpPeers.js";
import { getTestCertificates, TEST_HOST } from "../peers/testCertificates.js";
import {
  browserTest,
  CHROMIUM,
  clipboardText,
  FAKE_OFFICE_JS,
  launchChromium,
  OFFICE_JS_URL,
  openPane,
  screenshot,
  seriousAxeViolations,
  startProduct,
  type FakeOfficeConfig,
  type PaneSession,
  type RunningProduct,
} from "./productHarness.js";

// The custom domain of the IMAP scenario: its own autoconfig file names its
// own submission server, a real SMTP peer with a certificate from the test CA.
const CUSTOM_DOMAIN = "outbox-doctor.test";

let browser: Browser;
let product: RunningProduct;
let smtpPeer: SmtpPeer;
let autoconfigServer: HttpsServer;
const sessions: PaneSession[] = [];

function autoconfigXml(port: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="${CUSTOM_DOMAIN}">
    <domain>${CUSTOM_DOMAIN}</domain>
    <displayName>Outbox Doctor test mail</displayName>
    <incomingServer type="imap">
      <hostname>${TEST_HOST}</hostname><port>993</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>${TEST_HOST}</hostname><port>${port}</port><socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>`;
}

beforeAll(async () => {
  if (CHROMIUM.path === null) return; // every test skips (productHarness says why)
  const certs = await getTestCertificates();
  smtpPeer = await startSmtpPeer({ key: certs.valid.key, cert: certs.valid.cert, authOnlyUnderTls: true });
  autoconfigServer = createHttpsServer({ key: certs.valid.key, cert: certs.valid.cert }, (req, res) => {
    if (req.url?.startsWith(`/${CUSTOM_DOMAIN}/mail/config-v1.1.xml`)) {
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(autoconfigXml(smtpPeer.port));
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => autoconfigServer.listen(0, "127.0.0.1", resolve));
  const autoconfigAddress = autoconfigServer.address();
  const autoconfigPort =
    typeof autoconfigAddress === "object" && autoconfigAddress ? autoconfigAddress.port : 0;
  const caFile = join(mkdtempSync(join(tmpdir(), "outbox-e2e-")), "ca.pem");
  writeFileSync(caFile, certs.caPem);

  product = await startProduct(
    {
      [TEST_HOST]: { A: ["127.0.0.1"] },
      [CUSTOM_DOMAIN]: {
        MX: [{ exchange: `mx.${CUSTOM_DOMAIN}`, priority: 10 }],
        TXT: ["v=spf1 mx -all"],
      },
      [`_dmarc.${CUSTOM_DOMAIN}`]: { TXT: ["v=DMARC1; p=reject; rua=mailto:dmarc@outbox-doctor.test"] },
      [`mx.${CUSTOM_DOMAIN}`]: { A: ["127.0.0.1"] },
      "contoso.com": {
        MX: [{ exchange: "contoso-com.mail.protection.outlook.com", priority: 0 }],
        TXT: ["v=spf1 include:spf.protection.outlook.com -all"],
      },
      "_dmarc.contoso.com": { TXT: ["v=DMARC1; p=none"] },
    },
    {
      OUTBOX_ALLOW_PRIVATE: "1",
      OUTBOX_PROBE_PORTS: `25,465,587,2525,${smtpPeer.port}`,
      OUTBOX_EXTRA_CA: caFile,
      OUTBOX_AUTOCONFIG_BASE_URL: `https://127.0.0.1:${autoconfigPort}`,
      // Nothing listens there: the ISPDB is never reached from the tests.
      OUTBOX_ISPDB_URL: "https://127.0.0.1:1/v1.1/",
      OUTBOX_RATE_LIMIT: "1000/60s",
    },
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await Promise.all(sessions.map((session) => session.context.close().catch(() => undefined)));
  await browser?.close();
  await product?.close();
  await smtpPeer?.close();
  await new Promise((resolve) => autoconfigServer?.close(resolve));
});

async function open(
  office: FakeOfficeConfig | null,
  colorScheme: "light" | "dark" = "light",
  initScript?: string,
  prepare?: (context: BrowserContext) => Promise<void>,
  waitUntil?: "load" | "domcontentloaded",
): Promise<PaneSession> {
  const session = await openPane(browser, product, office, colorScheme, initScript, prepare, waitUntil);
  sessions.push(session);
  return session;
}

/** The value next to a label in the recommended server block. */
function outgoingRegion(page: Page) {
  return page.getByRole("region", { name: /Outgoing server|Postausgangsserver/i }).first();
}

async function copyAndRead(page: Page, buttonName: RegExp): Promise<string> {
  await outgoingRegion(page).getByRole("button", { name: buttonName }).first().click();
  await page.getByText("Copied").first().waitFor({ state: "visible" });
  return clipboardText(page);
}

/** Types an address into "Which account won't send?" (its "Another address" form) and submits. */
async function chooseTypedAddress(page: Page, address: string): Promise<void> {
  const chooser = page.getByTestId("account-chooser");
  await chooser.waitFor({ state: "visible", timeout: 15_000 });
  await chooser.getByRole("textbox").first().fill(address);
  await chooser.getByRole("button", { name: /Show settings|Einstellungen anzeigen/i }).click();
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations).toEqual([]);
}

browserTest(
  "Office 365 account on a custom domain: Microsoft 365 settings, no SMTP setup needed in Outlook",
  async () => {
    const { page, problems } = await open({
      emailAddress: "ann@contoso.com",
      displayName: "Ann Example",
      accountType: "office365",
      hostName: "Outlook",
      platform: "PC",
      hostVersion: "16.0.18000.10000",
    });
    const region = outgoingRegion(page);
    await expect(region.getByText("smtp.office365.com").first().isVisible()).resolves.toBe(true);
    await expect(region.getByText("587").first().isVisible()).resolves.toBe(true);
    await expect(region.getByText("STARTTLS").first().isVisible()).resolves.toBe(true);
    await expect(
      page.getByText("Microsoft 365 account: nothing to set up in Outlook").isVisible(),
    ).resolves.toBe(true);
    // The pane never suggests port 465 for Microsoft 365 as a setting.
    await expect(region.getByText(/^465$/).count()).resolves.toBe(0);
    expect(await copyAndRead(page, /^Copy server/i)).toBe("smtp.office365.com");
    // The domain report fills the checklist: p=none is flagged for this custom domain.
    const checklist = page.getByRole("region", { name: /Security checklist/i }).first();
    await checklist.getByText(/DMARC/i).first().waitFor({ state: "visible", timeout: 15_000 });
    await screenshot(page, "office365-custom-domain");
    await expectAccessible(page);
    expect(problems).toEqual([]);
  },
);

browserTest("Outlook.com account: OAuth2 only at smtp-mail.outlook.com", async () => {
  const { page, problems } = await open({
    emailAddress: "bob@outlook.com",
    displayName: "Bob",
    accountType: "outlookCom",
    hostName: "OutlookWebApp",
    platform: "OfficeOnline",
  });
  const region = outgoingRegion(page);
  await region.getByText("smtp-mail.outlook.com").first().waitFor({ state: "visible" });
  await expect(
    region
      .getByText(/OAuth2/)
      .first()
      .isVisible(),
  ).resolves.toBe(true);
  await expect(page.getByText("Outlook.com account: nothing to set up in Outlook").isVisible()).resolves.toBe(
    true,
  );
  await expect(region.getByText("smtp.live.com", { exact: true }).count()).resolves.toBe(0);
  expect(await copyAndRead(page, /^Copy user name/i)).toBe("bob@outlook.com");
  await screenshot(page, "outlook-com");
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

browserTest(
  "IMAP account in the same Outlook, typed into the chooser: settings from the domain's autoconfig, verified live",
  async () => {
    // Outlook runs add-ins only in Microsoft mailboxes: the IMAP account is another account in the
    // same Outlook, typed into "Which account won't send?".
    const { page, problems } = await open({
      emailAddress: "ann@contoso.com",
      displayName: "Ann Example",
      accountType: "office365",
      hostName: "Outlook",
      platform: "Mac",
    });
    await chooseTypedAddress(page, `info@${CUSTOM_DOMAIN}`);
    const region = outgoingRegion(page);
    await region.getByText(TEST_HOST).first().waitFor({ state: "visible", timeout: 20_000 });
    await expect(region.getByText(String(smtpPeer.port)).first().isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText(/autoconfig/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    expect(await copyAndRead(page, /^Copy port/i)).toBe(String(smtpPeer.port));

    await page
      .getByRole("button", { name: /^Verify server/i })
      .first()
      .click();
    await page
      .getByText(`${TEST_HOST}:${smtpPeer.port}: no problems found.`)
      .waitFor({ state: "visible", timeout: 20_000 });
    const report = page.getByRole("link", { name: /Open full report/i }).first();
    // The stored report: the link is the report's own address, and can be copied for a ticket.
    const href = await report.getAttribute("href");
    expect(href).toMatch(/\/report\/[A-Za-z0-9_-]{16,}$/);
    await page
      .getByRole("button", { name: /Copy link to the report/i })
      .first()
      .click();
    expect(await clipboardText(page)).toBe(new URL(href as string, product.url).toString());
    await screenshot(page, "imap-custom-domain-verified");
    await expectAccessible(page);

    // The report page the pane links to, rendered by the server.
    const reportPage = await page.context().newPage();
    await reportPage.goto(new URL(href as string, product.url).toString());
    await reportPage.getByText("tls-ok").first().waitFor({ state: "visible" });
    await screenshot(reportPage, "report-page");
    await expectAccessible(reportPage);
    expect(problems).toEqual([]);
  },
);

browserTest("compose with a different From: settings for the From address, and why", async () => {
  const { page, problems } = await open({
    emailAddress: "ann@contoso.com",
    accountType: "office365",
    hostName: "OutlookWebApp",
    platform: "OfficeOnline",
    compose: { from: "ann.private@gmail.com", fromName: "Ann" },
  });
  await page.getByTestId("from-differs").waitFor({ state: "visible" });
  await expect(
    page.getByText(/ann\.private@gmail\.com, not from your mailbox ann@contoso\.com/).isVisible(),
  ).resolves.toBe(true);
  // "Which account won't send?": the From is the default choice, the mailbox the other.
  const chooser = page.getByTestId("account-chooser");
  await chooser.getByRole("heading", { name: "Which account won't send?" }).waitFor({ state: "visible" });
  const fromChoice = chooser.locator('input[data-account-source="from"]');
  await expect(fromChoice.isChecked()).resolves.toBe(true);
  await expect(chooser.locator('input[data-account-source="mailbox"]').count()).resolves.toBe(1);
  const region = outgoingRegion(page);
  await region.getByText("smtp.gmail.com").first().waitFor({ state: "visible" });
  expect(await copyAndRead(page, /^Copy server/i)).toBe("smtp.gmail.com");
  // The checklist compares the From with the signed-in mailbox and warns (the SendAsDenied predictor).
  const fromCheck = page.locator('[data-checklist-id="from-address"]');
  await fromCheck.waitFor({ state: "visible", timeout: 15_000 });
  await expect(fromCheck.textContent()).resolves.toMatch(
    /Sending as ann\.private@gmail\.com, signed in as ann@contoso\.com/,
  );
  await expect(fromCheck.textContent()).resolves.toMatch(/Warning|Warnung/i);
  await expect(fromCheck.textContent()).resolves.toMatch(/SendAsDenied/);
  await screenshot(page, "compose-different-from");
  await expectAccessible(page);

  // Choosing the mailbox instead shows the Microsoft 365 answer.
  await chooser.locator('input[data-account-source="mailbox"]').check();
  await region.getByText("smtp.office365.com").first().waitFor({ state: "visible" });
  expect(problems).toEqual([]);
});

browserTest("dark Office theme: the pane follows it", async () => {
  const { page, problems } = await open(
    {
      emailAddress: "carla@gmx.de",
      // No accountType: Outlook 2016 (Mailbox 1.4) does not report one; resolved by domain.
      requirementSet: "1.14",
      hostName: "Outlook",
      platform: "PC",
      displayLanguage: "de-DE",
      theme: {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#2b2b2b",
        controlForegroundColor: "#ffffff",
      },
    },
    "dark",
  );
  await outgoingRegion(page).getByText("mail.gmx.net").first().waitFor({ state: "visible" });
  const background = await page.evaluate(() => {
    const probe = document.querySelector(".fui-FluentProvider") ?? document.body;
    return getComputedStyle(probe).backgroundColor;
  });
  const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  expect(channels).toHaveLength(3);
  expect(Math.max(...channels)).toBeLessThan(80);
  // German from displayLanguage.
  await expect(
    page
      .getByRole("heading", { name: /Postausgangsserver/i })
      .first()
      .isVisible(),
  ).resolves.toBe(true);
  await screenshot(page, "dark-theme-german");
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

browserTest("standalone in a plain browser: type an address, get the settings", async () => {
  const { page, problems } = await open(null);
  const input = page.getByRole("textbox", { name: /Email address/i });
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill("not an address");
  await page.getByRole("button", { name: /Show settings/i }).click();
  await expect(page.getByRole("alert").first().textContent()).resolves.toMatch(/.+/);
  await input.fill("dave@yahoo.co.uk");
  await page.getByRole("button", { name: /Show settings/i }).click();
  await outgoingRegion(page).getByText("smtp.mail.yahoo.com").first().waitFor({ state: "visible" });
  expect(await copyAndRead(page, /^Copy server/i)).toBe("smtp.mail.yahoo.com");

  await page.getByRole("textbox", { name: /Paste the error message or code/i }).fill("0x800CCC0F");
  await page.getByRole("button", { name: /^Explain$/ }).click();
  await page
    .getByText(/0x800CCC0F/)
    .first()
    .waitFor({ state: "visible" });
  await screenshot(page, "standalone");
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

// ---- the pane's new features (issue 10) ----

/** Visible text of the page, one line per block, without the address/host values. */
async function visibleLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

browserTest("German Outlook: no English sentence anywhere in the pane", async () => {
  const { page, problems } = await open({
    emailAddress: "ann@contoso.com",
    displayName: "Ann Beispiel",
    accountType: "office365",
    hostName: "Outlook",
    platform: "PC",
    displayLanguage: "de-DE",
    compose: { from: "ann.private@gmail.com", fromName: "Ann" },
  });
  await outgoingRegion(page)
    .getByText("smtp.gmail.com")
    .first()
    .waitFor({ state: "visible", timeout: 15_000 });
  await page.locator('[data-checklist-id="from-address"]').waitFor({ state: "visible", timeout: 15_000 });
  // Open what is collapsed, so its text is scanned too.
  for (const toggle of await page.getByRole("button", { expanded: false }).all()) {
    await toggle.click().catch(() => undefined);
  }
  await page
    .getByRole("textbox", { name: /Fehlermeldung|Fehlercode|Code/i })
    .first()
    .fill("0x800CCC0F")
    .catch(() => undefined);
  await page
    .getByRole("button", { name: /^Erklären$/ })
    .click()
    .catch(() => undefined);
  await page.waitForTimeout(500);
  const lines = await visibleLines(page);
  const english = englishSentences(lines);
  await screenshot(page, "german-everywhere");
  expect(english).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
  expect(problems).toEqual([]);
});

browserTest(
  "Outlook answers after 5 s: connecting, then the address form, then the Office session",
  async () => {
    // Records, in order, what the page showed: "connecting", then "form" (the host notice with the
    // address form), then "settings" (the Office session's Microsoft 365 answer).
    const recorder = `(() => {
    const seen = (window.__SEEN__ = []);
    const note = (name, present) => { if (present && !seen.includes(name)) seen.push(name); };
    new MutationObserver(() => {
      const connecting = !!document.querySelector('[data-testid="connecting"]');
      if (!connecting && seen.includes("connecting") && window.__CONNECTING_ENDED_AT__ === undefined) {
        window.__CONNECTING_ENDED_AT__ = performance.now();
      }
      note("connecting", connecting);
      note("form", !!document.querySelector('[data-testid="host-notice"]') && !!document.querySelector("input"));
      note("settings", !!document.body && document.body.innerText.includes("smtp.office365.com"));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  })();`;
    const { page, problems } = await open(
      {
        emailAddress: "ann@contoso.com",
        accountType: "office365",
        hostName: "Outlook",
        platform: "PC",
        readyDelayMs: 5000,
      },
      "light",
      recorder,
    );
    await page.getByTestId("host-notice").waitFor({ state: "visible", timeout: 5_000 });
    await page.getByRole("textbox").first().waitFor({ state: "visible", timeout: 5_000 });
    await screenshot(page, "late-host-waiting");
    await outgoingRegion(page)
      .getByText("smtp.office365.com")
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __SEEN__: string[] }).__SEEN__)).toEqual([
      "connecting",
      "form",
      "settings",
    ]);
    await expect(page.getByTestId("host-notice").count()).resolves.toBe(0);
    await expect(
      page.getByText("Microsoft 365 account: nothing to set up in Outlook").isVisible(),
    ).resolves.toBe(true);
    // The waiting screen's chunks were all on their way while the pane still said "Connecting…",
    // not fetched one after another once the form was due (TaskPane.tsx, preloadWaitingScreen).
    const requested = await page.evaluate(() => ({
      connectingEndedAt: (window as unknown as { __CONNECTING_ENDED_AT__?: number }).__CONNECTING_ENDED_AT__,
      chunks: performance
        .getEntriesByType("resource")
        .map((entry) => ({ name: new URL(entry.name).pathname.split("/").pop() ?? "", at: entry.startTime }))
        .filter(({ name }) => /^(fluent|address|explainer|diagnostics)\.[0-9a-f]+\.js$/.test(name)),
    }));
    expect(requested.chunks.map(({ name }) => name.split(".")[0]).sort()).toEqual([
      "address",
      "diagnostics",
      "explainer",
      "fluent",
    ]);
    expect(requested.connectingEndedAt).toEqual(expect.any(Number));
    for (const chunk of requested.chunks) expect(chunk.at).toBeLessThan(requested.connectingEndedAt ?? 0);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  },
);

browserTest("a non-delivery report selected: explained on the device, recipients and who acts", async () => {
  const { page, problems } = await open({
    emailAddress: "ann@contoso.com",
    accountType: "office365",
    hostName: "OutlookWebApp",
    platform: "OfficeOnline",
    read: {
      itemClass: "REPORT.IPM.Note.NDR",
      from: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com",
      fromName: "Microsoft Outlook",
      subject: "Undeliverable: Quarterly figures",
      body: [
        "Your message to bob@fabrikam.com couldn't be delivered.",
        "",
        "Delivery has failed to these recipients or groups:",
        "bob@fabrikam.com",
        "",
        "Diagnostic information for administrators:",
        "Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
        "bob@fabrikam.com",
        "Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception'",
      ].join("\n"),
    },
  });
  const bounce = page.getByTestId("bounce");
  await bounce.waitFor({ state: "visible", timeout: 15_000 });
  await expect(bounce.getByRole("heading", { name: /This message is a bounce/ }).isVisible()).resolves.toBe(
    true,
  );
  await expect(page.getByTestId("bounce-recipients").textContent()).resolves.toContain("bob@fabrikam.com");
  const actor = await page.getByTestId("bounce-actor").first().getAttribute("data-actor");
  expect(["you", "recipient", "domain-admin", "nobody-yet"]).toContain(actor);
  expect(actor).toBe("you");
  await expect(bounce.textContent()).resolves.toMatch(/Send As|SendAs/);
  await screenshot(page, "bounce-ndr");
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

browserTest(
  "an item in a shared mailbox: its owner is a choice, Send As versus Send on Behalf explained",
  async () => {
    const { page, problems } = await open({
      emailAddress: "ann@contoso.com",
      accountType: "office365",
      hostName: "OutlookWebApp",
      platform: "OfficeOnline",
      shared: { owner: "sales@contoso.com", delegatePermissions: 1 },
    });
    const notice = page.getByTestId("shared-mailbox");
    await notice.waitFor({ state: "visible", timeout: 15_000 });
    await expect(notice.textContent()).resolves.toContain("sales@contoso.com");
    await expect(notice.textContent()).resolves.toMatch(/Send As/);
    await expect(notice.textContent()).resolves.toMatch(/Send on Behalf/);
    await expect(
      page.getByTestId("account-chooser").locator('input[data-account-source="shared"]').count(),
    ).resolves.toBe(1);
    await screenshot(page, "shared-mailbox");
    await expectAccessible(page);
    expect(problems).toEqual([]);
  },
);

browserTest(
  "an old webview (Trident user agent): a plain message with the standalone address, not a blank pane",
  async () => {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 320, height: 600 },
      userAgent:
        "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16)",
    });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    const problems: string[] = [];
    sessions.push({ context, page, problems });
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    await page.goto(`${product.url}/taskpane.html`);
    const message = page.getByTestId("old-webview");
    await message.waitFor({ state: "visible" });
    await expect(
      message.getByRole("heading", { name: "This version of Outlook cannot show Outbox Doctor" }).isVisible(),
    ).resolves.toBe(true);
    const link = message.getByRole("link");
    await expect(link.getAttribute("href")).resolves.toBe(`${product.url}/taskpane.html`);
    await expect(page.locator("#root").isVisible()).resolves.toBe(false);
    await screenshot(page, "old-webview");
    await expectAccessible(page);
    // No inline script was needed: the CSP saw nothing to refuse.
    expect(problems).toEqual([]);
  },
);

// ---- the first paint before React (issue 10, "Measure") ----

/**
 * Holds back the React pane (the "app" and "react" chunks) until `release()`,
 * so a test can look at what the page shows before React has executed.
 */
interface HeldChunks {
  prepare: (context: BrowserContext) => Promise<void>;
  release: () => void;
  requested: () => boolean;
}

/** Holds back the build's files whose path matches until release(). */
function holdChunks(files: RegExp): HeldChunks {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  return {
    prepare: async (context) => {
      await context.route(files, async (route) => {
        requested = true;
        await released;
        await route.continue();
      });
    },
    release: () => release(),
    requested: () => requested,
  };
}

const holdReactChunks = () => holdChunks(/\/(app|react)\.[0-9a-f]+\.js$/);

const M365_MAILBOX: FakeOfficeConfig = {
  emailAddress: "ann@contoso.com",
  displayName: "Ann Example",
  accountType: "office365",
  hostName: "Outlook",
  platform: "PC",
};

browserTest(
  "first paint: the settings show before React has loaded, then React takes over with one card and Copy works",
  async () => {
    const hold = holdReactChunks();
    const { page, problems } = await open(M365_MAILBOX, "light", undefined, hold.prepare);
    const region = outgoingRegion(page);
    await region.getByText("smtp.office365.com").first().waitFor({ state: "visible" });
    // React has not run: its chunk is held back, the painted screen is there, no copy buttons yet.
    await expect(page.locator("[data-first-paint]").count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: /^Copy/i }).count()).resolves.toBe(0);
    // "Which account won't send?" leads, painted too: the mailbox is the choice in use.
    const chooser = page.getByTestId("account-chooser");
    await expect(
      chooser.getByRole("heading", { name: "Which account won't send?" }).isVisible(),
    ).resolves.toBe(true);
    await expect(chooser.getByRole("radio", { name: /ann@contoso\.com/ }).isChecked()).resolves.toBe(true);
    await expect(region.getByText("587").first().isVisible()).resolves.toBe(true);
    await expect(
      page.getByText("Microsoft 365 account: nothing to set up in Outlook").isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByTestId("incoming-server").getByText("outlook.office365.com").first().isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, "first-paint");
    await expectAccessible(page);
    // The copy buttons' places are kept, and nothing arrives above the cards later (the chooser is painted
    // too): after React and its lazy sections, the chooser and the cards are where they were, as tall, and the
    // values as wide. Only the domain report may add the tenant's MX endpoint to the guidance, later: the
    // cards' places are taken below the guidance.
    const measure = () =>
      page.evaluate(() => {
        const box = (element: Element | null | undefined) => {
          const rect = element?.getBoundingClientRect();
          return rect
            ? { top: Math.round(rect.top + window.scrollY), height: Math.round(rect.height) }
            : null;
        };
        const guidance = box(document.querySelector('[data-testid^="guidance-"]'));
        const sections = [...document.querySelectorAll("main section")].filter(
          (section) => section.querySelector(".od-values") !== null,
        );
        return {
          chooser: box(document.querySelector('[data-testid="account-chooser"]')),
          guidanceTop: guidance?.top ?? null,
          cards: sections.map((section) => ({
            belowGuidance: (box(section)?.top ?? 0) - (guidance ? guidance.top + guidance.height : 0),
            height: Math.round(section.getBoundingClientRect().height),
            valueWidth: Math.round(section.querySelector(".od-value")?.getBoundingClientRect().width ?? 0),
          })),
        };
      });
    const painted = await measure();
    expect(painted.cards).toHaveLength(2);
    expect(painted.chooser?.height).toBeGreaterThan(0);
    expect(painted.guidanceTop).not.toBeNull();
    // The first paint asked for React only after the settings were on screen.
    await page.waitForTimeout(300);
    expect(hold.requested()).toBe(true);

    hold.release();
    await region
      .getByRole("button", { name: /^Copy server/i })
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    await expect(page.locator("[data-first-paint]").count()).resolves.toBe(0);
    expect(await measure()).toEqual(painted);
    await page
      .getByRole("region", { name: /Security checklist/i })
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    expect(await measure()).toEqual(painted);
    await expect(page.getByRole("region", { name: /Outgoing server/i }).count()).resolves.toBe(1);
    await expect(page.getByTestId("incoming-server").count()).resolves.toBe(1);
    await expect(page.getByTestId("connecting").count()).resolves.toBe(0);
    expect(await copyAndRead(page, /^Copy server/i)).toBe("smtp.office365.com");
    await expectAccessible(page);
    expect(problems).toEqual([]);
  },
);

browserTest(
  "first paint without the whole provider database: the start-up file answers for global providers, a regional mailbox waits for the lookup chunk",
  async () => {
    // Microsoft 365: painted while the database's chunk is held back.
    const m365 = holdChunks(/\/lookup\.[0-9a-f]+\.js$/);
    const first = await open(M365_MAILBOX, "light", undefined, m365.prepare, "domcontentloaded");
    await outgoingRegion(first.page).getByText("smtp.office365.com").first().waitFor({ state: "visible" });
    await expect(first.page.locator("[data-first-paint]").count()).resolves.toBe(1);
    m365.release();
    await outgoingRegion(first.page)
      .getByRole("button", { name: /^Copy server/i })
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    expect(m365.requested()).toBe(true);
    expect(first.problems).toEqual([]);

    // GMX is a regional provider: the start-up file knows its domain only, so nothing is painted until the
    // database's chunk is there; then the settings are GMX's, never "unknown".
    const gmx = holdChunks(/\/lookup\.[0-9a-f]+\.js$/);
    const react = holdReactChunks();
    const second = await open(
      { emailAddress: "carla@gmx.de", hostName: "Outlook", platform: "PC" },
      "light",
      undefined,
      async (context) => {
        await gmx.prepare(context);
        await react.prepare(context);
      },
      "domcontentloaded",
    );
    await second.page.waitForTimeout(1_000);
    expect(gmx.requested()).toBe(true);
    await expect(second.page.locator("[data-first-paint]").count()).resolves.toBe(0);
    await expect(second.page.getByText(/No settings are known/i).count()).resolves.toBe(0);
    gmx.release();
    await outgoingRegion(second.page).getByText("mail.gmx.net").first().waitFor({ state: "visible" });
    // Painted before React, whose chunks are still held.
    await expect(second.page.locator("[data-first-paint]").count()).resolves.toBe(1);
    react.release();
    await outgoingRegion(second.page)
      .getByRole("button", { name: /^Copy server/i })
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    await expect(outgoingRegion(second.page).getByText("mail.gmx.net").first().isVisible()).resolves.toBe(
      true,
    );
    expect(second.problems).toEqual([]);
  },
);

browserTest("first paint in a German Outlook: no English sentence before React", async () => {
  const hold = holdReactChunks();
  const { page, problems } = await open(
    { ...M365_MAILBOX, displayLanguage: "de-DE" },
    "light",
    undefined,
    hold.prepare,
  );
  await outgoingRegion(page).getByText("smtp.office365.com").first().waitFor({ state: "visible" });
  await expect(page.locator("[data-first-paint]").count()).resolves.toBe(1);
  await expect(
    page
      .getByRole("heading", { name: /Postausgangsserver/i })
      .first()
      .isVisible(),
  ).resolves.toBe(true);
  const lines = await visibleLines(page);
  const english = englishSentences(lines);
  await screenshot(page, "first-paint-german");
  expect(english).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
  hold.release();
  await outgoingRegion(page)
    .getByRole("button", { name: /Server kopieren|kopieren/i })
    .first()
    .waitFor({ state: "visible", timeout: 15_000 });
  expect(problems).toEqual([]);
});

browserTest(
  "office.js arriving after the start-up script: the pane waits for it, then paints the settings",
  async () => {
    // The start-up script is async and placed before office.js, so it can run first; office.js is held until
    // the start-up script has been served and has had time to run.
    let startUpServed = false;
    const { page, problems } = await open(M365_MAILBOX, "light", undefined, async (context) => {
      await context.route(/\/startup\.[0-9a-f]+\.js$/, async (route) => {
        await route.continue();
        startUpServed = true;
      });
      await context.route(OFFICE_JS_URL, async (route) => {
        const deadline = Date.now() + 5_000;
        while (!startUpServed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 400));
        await route.fulfill({ status: 200, contentType: "application/javascript", body: FAKE_OFFICE_JS });
      });
    });
    await outgoingRegion(page).getByText("smtp.office365.com").first().waitFor({ state: "visible" });
    expect(startUpServed).toBe(true);
    await expect(page.getByTestId("host-notice").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  },
);

browserTest(
  "the page: the start-up script is async before office.js; its two inline scripts are allowed by their hashes only",
  async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const response = await context.request.get(`${product.url}/taskpane.html`, {
      headers: { "accept-encoding": "br" },
    });
    const headers = response.headers();
    const html = await response.text();
    await context.close();
    expect(headers["content-encoding"]).toBe("br");
    const startUp = html.search(/<script async src=["']?startup\.[0-9a-f]+\.js/);
    const officeJs = html.indexOf(OFFICE_JS_URL);
    expect(startUp).toBeGreaterThan(0);
    expect(officeJs).toBeGreaterThan(startUp);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
    expect(inline).toHaveLength(2);
    // Both run in old webviews too, so Trident must be able to parse them.
    for (const script of inline) expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
    // First, right after office.js: the localStorage warm-up; last, in <body>: the old-webview guard.
    expect(html.indexOf(`${OFFICE_JS_URL}></script><script>`)).toBe(officeJs);
    expect(inline[0]).toMatch(/^try\{window\.localStorage\.getItem\(/);
    expect(inline[1]).toMatch(/Trident/);
    const hashes = inline.map((script) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    const scriptSrc =
      (headers["content-security-policy"] ?? "")
        .split(";")
        .map((directive) => directive.trim().split(/\s+/))
        .find(([name]) => name === "script-src") ?? [];
    expect(scriptSrc.filter((source) => source.startsWith("'sha256-"))).toEqual(hashes);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  },
);

browserTest(
  "an Outlook that never answers: no first paint, the address form after the short wait",
  async () => {
    const { page, problems } = await open({ ...M365_MAILBOX, readyDelayMs: 600_000 });
    await page.getByTestId("host-notice").waitFor({ state: "visible", timeout: 10_000 });
    await page.getByRole("textbox").first().waitFor({ state: "visible", timeout: 5_000 });
    await expect(page.locator("[data-first-paint]").count()).resolves.toBe(0);
    await expect(page.getByText("smtp.office365.com").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  },
);
