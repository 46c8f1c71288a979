// Browser tests: the built pane, served by the built server (as `npm start`
// runs it), in Debian's headless Chromium at Outlook's 320 px pane width.
// Each scenario asserts what a person sees, copies a value and reads the
// clipboard, and runs axe-core. Screenshots go to test-output/screenshots/.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startSmtpPeer, type SmtpPeer } from "../peers/smtpPeers.js";
import { getTestCertificates, TEST_HOST } from "../peers/testCertificates.js";
import {
  browserTest,
  CHROMIUM,
  clipboardText,
  launchChromium,
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
): Promise<PaneSession> {
  const session = await openPane(browser, product, office, colorScheme);
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
  "IMAP account on a custom domain: settings from the domain's autoconfig, verified live",
  async () => {
    const { page, problems } = await open({
      emailAddress: `info@${CUSTOM_DOMAIN}`,
      displayName: "Info",
      accountType: "other",
      hostName: "Outlook",
      platform: "Mac",
    });
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
    const href = await report.getAttribute("href");
    expect(href).toContain(`/verify?host=${TEST_HOST}`);
    expect(href).toContain(`port=${smtpPeer.port}`);
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
  await page.getByText("Sending from a different address").waitFor({ state: "visible" });
  await expect(
    page.getByText(/ann\.private@gmail\.com, not from your mailbox ann@contoso\.com/).isVisible(),
  ).resolves.toBe(true);
  const region = outgoingRegion(page);
  await region.getByText("smtp.gmail.com").first().waitFor({ state: "visible" });
  expect(await copyAndRead(page, /^Copy server/i)).toBe("smtp.gmail.com");
  await screenshot(page, "compose-different-from");
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

browserTest("dark Office theme: the pane follows it", async () => {
  const { page, problems } = await open(
    {
      emailAddress: "carla@gmx.de",
      accountType: "other",
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
