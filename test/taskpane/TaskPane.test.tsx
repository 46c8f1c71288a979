import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import axe from "axe-core";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import type { DomainReport, VerifyReport } from "../../src/core/types.js";
import { TaskPane, type BrowserEnvironment } from "../../src/taskpane/components/TaskPane.js";
import { createDeviceMemory } from "../../src/taskpane/deviceMemory.js";
import { connectOffice, type HostSession } from "../../src/taskpane/office/officeHost.js";
import { loadSettingsLookup } from "../../src/taskpane/settingsLookupChunk.js";
import { installFakeOffice, removeFakeOffice, type FakeOfficeOptions } from "./fakeOffice.js";
import { installFakeServer, type Routes } from "./fakeServer.js";

function renderPane(
  office: FakeOfficeOptions | "standalone",
  routes: Routes = {},
  browser?: BrowserEnvironment,
) {
  const fake = office === "standalone" ? null : installFakeOffice(office);
  const server = installFakeServer(routes);
  const session =
    office === "standalone"
      ? Promise.resolve<HostSession>({ kind: "standalone", reason: "no-office" })
      : connectOffice({ callTimeoutMs: 200 });
  // No storage: each test starts as a first visit.
  const memory = createDeviceMemory(null);
  const view = render(<TaskPane session={session} memory={memory} {...(browser ? { browser } : {})} />);
  return { fake, server, view };
}

// userEvent.setup() installs its own navigator.clipboard stub; each test sets the clipboard it wants after it.
function setupUser(clipboard?: { writeText(text: string): Promise<void> }) {
  const user = userEvent.setup();
  Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
  return user;
}

const outgoing = () => screen.findByRole("region", { name: "Outgoing server" });
// The address form is a lazy chunk with Fluent UI: its first load in jsdom can take over a second on a busy machine.
const addressField = () => screen.findByLabelText("Email address", {}, { timeout: 15_000 });

function verifyReport(overrides: Partial<VerifyReport> = {}): VerifyReport {
  return {
    target: { host: "smtp.office365.com", port: 587, security: "starttls", address: "192.0.2.10" },
    ok: true,
    steps: [
      { step: "resolve", ok: true, ms: 3, detail: "192.0.2.10" },
      { step: "connect", ok: true, ms: 20, detail: "" },
      { step: "greeting", ok: true, ms: 30, detail: "220" },
    ],
    greeting: "220 smtp.office365.com ESMTP",
    tls: {
      protocol: "TLSv1.3",
      cipher: "TLS_AES_256_GCM_SHA384",
      certificate: {
        subject: "smtp.office365.com",
        issuer: "DigiCert",
        validFrom: "2026-01-01T00:00:00.000Z",
        validTo: "2027-01-01T00:00:00.000Z",
        daysLeft: 40,
        hostnameMatch: true,
        trusted: true,
        error: null,
        altNames: ["smtp.office365.com"],
      },
    },
    auth: { beforeTls: [], afterTls: ["LOGIN", "XOAUTH2"] },
    extensions: ["SIZE 157286400", "PIPELINING"],
    findings: [
      {
        id: "tls-ok",
        severity: "pass",
        title: "TLS 1.3 negotiated",
        detail: "TLSv1.3 with TLS_AES_256_GCM_SHA384",
      },
      { id: "auth-ok", severity: "pass", title: "Sign-in only after TLS", detail: "LOGIN, XOAUTH2" },
    ],
    checkedAt: "2026-11-22T10:00:00.000Z",
    durationMs: 480,
    ...overrides,
  };
}

const contosoDomain: DomainReport = {
  domain: "contoso.com",
  mx: [{ exchange: "contoso-com.mail.protection.outlook.com", priority: 0 }],
  spf: { record: "v=spf1 include:spf.protection.outlook.com -all" },
  dmarc: { record: "v=DMARC1; p=reject", policy: "reject" },
  mtaSts: { record: null },
  tlsRpt: { record: null },
  srv: { submission: [], submissions: [] },
  findings: [],
};

beforeEach(() => {
  Object.defineProperty(document, "execCommand", { value: undefined, configurable: true, writable: true });
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

afterEach(() => {
  removeFakeOffice();
  jest.useRealTimers();
});

describe("loading and standalone", () => {
  it("waits briefly for Office, then offers the address form while it keeps waiting, then switches", async () => {
    let answer: (session: HostSession) => void = () => {};
    const late = new Promise<HostSession>((resolve) => (answer = resolve));
    render(<TaskPane session={late} memory={createDeviceMemory(null)} />);
    expect(screen.getByText("Connecting to Outlook…")).toBeInTheDocument();
    await act(async () => {
      await loadSettingsLookup();
    });
    expect(screen.getByText("Connecting to Outlook…")).toBeInTheDocument();
    expect(screen.queryByLabelText("Email address")).toBeNull();
    // After the short wait: the form, and a word that Outlook is still awaited.
    expect(
      await screen.findByText(/Outlook has not answered yet/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(await addressField()).toBeInTheDocument();
    // Outlook answers late: the pane switches to the mailbox.
    installFakeOffice({ emailAddress: "ann@gmail.com" });
    const session = await connectOffice({ callTimeoutMs: 100 });
    await act(async () => answer(session));
    expect(within(await outgoing()).getAllByText("smtp.gmail.com").length).toBeGreaterThan(0);
    expect(screen.queryByText(/Outlook has not answered yet/)).toBeNull();
    expect(
      await screen.findByRole("region", { name: "Which account won't send?" }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  }, 90_000);

  it("asks for an address outside Outlook, rejects a bad one inline and shows settings for a good one", async () => {
    const user = setupUser();
    renderPane("standalone");
    expect(await screen.findByText(/Running outside Outlook/)).toBeInTheDocument();
    const input = await addressField();
    await user.type(input, "ann.example.com");
    await user.click(screen.getByRole("button", { name: "Show settings" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/has no @/);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("region", { name: "Outgoing server" })).toBeNull();

    await user.clear(input);
    await user.type(input, "ann@gmail.com{Enter}");
    const card = await outgoing();
    expect(within(card).getAllByText("smtp.gmail.com")).toHaveLength(2);
    expect(within(card).getByRole("button", { name: "Copy server" })).toBeInTheDocument();
    // The header names the address in use (the first of its appearances, above the card).
    expect(screen.getAllByText("ann@gmail.com")[0]?.closest("header")).not.toBeNull();
  });

  it("keeps a typed address and its answer on the device even when the pane closes at once", async () => {
    const user = setupUser();
    localStorage.clear();
    const memory = createDeviceMemory(localStorage);
    const session = Promise.resolve<HostSession>({ kind: "standalone", reason: "no-office" });
    installFakeServer({});
    const view = render(<TaskPane session={session} memory={memory} />);
    const input = await addressField();
    await user.type(input, "ann@gmail.com");
    // Saves come a moment after the render that asked for them: the pane closes in the same task as
    // the submit, and its last act is to write them.
    fireEvent.submit(input.closest("form") as HTMLFormElement);
    expect(createDeviceMemory(localStorage).recentAddresses()).toEqual([]);
    view.unmount();
    expect(createDeviceMemory(localStorage).recentAddresses()).toEqual(["ann@gmail.com"]);
    expect(
      createDeviceMemory(localStorage)
        .answers()
        .map((answer) => answer.address),
    ).toEqual(["ann@gmail.com"]);
    localStorage.clear();
  });

  it("asks for the address when Outlook does not give one", async () => {
    const user = setupUser();
    renderPane({ emailAddress: "" });
    expect(await screen.findByText(/Outlook did not tell the pane your address/)).toBeInTheDocument();
    await user.type(await screen.findByLabelText("Another address"), "ann@web.de{Enter}");
    expect(within(await outgoing()).getAllByText("smtp.web.de").length).toBeGreaterThan(0);
  });

  it("stays usable and says what happened when every Office call throws", async () => {
    const user = setupUser();
    renderPane({ throwing: true });
    expect(await screen.findByText(/Outlook did not tell the pane your address/)).toBeInTheDocument();
    await user.type(
      await screen.findByLabelText("Another address", {}, { timeout: 10_000 }),
      "ann@gmail.com{Enter}",
    );
    expect(within(await outgoing()).getAllByText("smtp.gmail.com").length).toBeGreaterThan(0);
  });

  it("treats an appointment as an ordinary item, not a bounce", async () => {
    renderPane({
      emailAddress: "ann@gmail.com",
      item: { itemClass: "IPM.Appointment", subject: "Team lunch" },
    });
    await outgoing();
    expect(screen.queryByRole("region", { name: "This message is a bounce" })).toBeNull();
  });

  it("uses the browser language when standalone", async () => {
    renderPane("standalone", {}, { language: "de-AT" });
    expect(await screen.findByLabelText("E-Mail-Adresse")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("de");
  });
});

describe("account types", () => {
  it("Microsoft 365 on a custom domain: no setup needed in Outlook, the three options, the tenant MX endpoint", async () => {
    const { server } = renderPane(
      { emailAddress: "ann@contoso.com", accountType: "office365" },
      { "/api/domain": { body: contosoDomain } },
    );
    const card = await outgoing();
    expect(within(card).getByText("smtp.office365.com")).toBeInTheDocument();
    expect(within(card).getByText("587")).toBeInTheDocument();
    expect(within(card).getByText("STARTTLS")).toBeInTheDocument();
    expect(screen.queryByText("465")).toBeNull();
    expect(screen.getByText("Microsoft 365 account: nothing to set up in Outlook")).toBeInTheDocument();
    expect(screen.getByText(/Direct send/)).toBeInTheDocument();
    expect(
      await screen.findByText("Your tenant's MX endpoint is contoso-com.mail.protection.outlook.com."),
    ).toBeInTheDocument();
    expect(server.calls()).toEqual(["/api/domain?domain=contoso.com&lang=en"]);
    expect(screen.getByText("Microsoft 365")).toBeInTheDocument();
    // Devices and apps that send as this mailbox, with Microsoft's change (date from the core's table).
    expect(
      screen.getByRole("heading", { name: "Devices and apps that send as this mailbox" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/SMTP AUTH by default at the end of December 2026 \(message center MC786329\)/),
    ).toBeInTheDocument();
  });

  it("Outlook.com: OAuth2 only and no DNS check of outlook.com", async () => {
    const { server } = renderPane({ emailAddress: "ann@outlook.com", accountType: "outlookCom" });
    const card = await outgoing();
    expect(within(card).getByText("smtp-mail.outlook.com")).toBeInTheDocument();
    expect(within(card).getByText("OAuth2 (sign in with the provider)")).toBeInTheDocument();
    expect(screen.getByText("Outlook.com account: nothing to set up in Outlook")).toBeInTheDocument();
    // smtp.live.com may only appear in a note that warns about it, never as a value.
    expect(within(card).queryByText("smtp.live.com")).toBeNull();
    await screen.findByRole("region", { name: "Security checklist" });
    expect(server.calls()).toEqual([]);
  });

  it("Gmail: app password guidance, the alternative port, and no DNS check", async () => {
    const { server } = renderPane({ emailAddress: "ann@gmail.com", accountType: "gmail" });
    const card = await outgoing();
    expect(within(card).getAllByText("smtp.gmail.com")).toHaveLength(2);
    expect(within(card).getByText("Port 587, STARTTLS")).toBeInTheDocument();
    expect(screen.getByText("Sign in, or use an app password")).toBeInTheDocument();
    expect(within(card).getByRole("heading", { name: "Alternatives" })).toBeInTheDocument();
    expect(within(card).getAllByRole("button", { name: /^Copy server/ })).toHaveLength(2);
    expect(server.calls()).toEqual([]);
  });

  it("IMAP account on an unknown custom domain: asks the server and says where the answer came from", async () => {
    const { server } = renderPane(
      // "other" is not an Office account type: it is ignored, as an unknown value.
      { emailAddress: "ann@unknown-host.example", accountType: "other" },
      {
        "/api/settings": {
          body: {
            email: "ann@unknown-host.example",
            domain: "unknown-host.example",
            provider: null,
            source: "mx",
            confidence: "medium",
            servers: [
              {
                host: "mail.unknown-host.example",
                port: 465,
                security: "tls",
                auth: ["password"],
                username: "ann@unknown-host.example",
              },
            ],
            notes: [],
          },
        },
        "/api/domain": { body: { ...contosoDomain, domain: "unknown-host.example", mx: [] } },
      },
    );
    const card = await outgoing();
    expect(within(card).getByText("mail.unknown-host.example")).toBeInTheDocument();
    expect(within(card).getByText("SSL/TLS")).toBeInTheDocument();
    expect(
      screen.getByText(/inferred from the domain's MX records · likely, not confirmed/),
    ).toBeInTheDocument();
    expect(screen.getByText(/were not confirmed by the provider/)).toBeInTheDocument();
    await waitFor(() =>
      expect(server.calls()).toEqual([
        "/api/settings?email=ann%40unknown-host.example&lang=en",
        "/api/domain?domain=unknown-host.example&lang=en",
      ]),
    );
  });

  it("compose with a different From shows the From address's settings and says why", async () => {
    renderPane({
      emailAddress: "ann@contoso.com",
      accountType: "office365",
      composeFrom: "ann.private@gmail.com",
    });
    const card = await outgoing();
    expect(within(card).getAllByText("smtp.gmail.com").length).toBeGreaterThan(0);
    expect(screen.getByText("Sending from a different address")).toBeInTheDocument();
    expect(screen.getByText(/not from your mailbox ann@contoso\.com/)).toBeInTheDocument();
    expect(screen.queryByText("Microsoft 365 account: nothing to set up in Outlook")).toBeNull();
    // The checklist compares the From with the signed-in mailbox, and warns.
    const checklist = await screen.findByRole("region", { name: "Security checklist" });
    const item = checklist.querySelector('[data-checklist-id="from-address"]');
    expect(item).toHaveTextContent("Sending as ann.private@gmail.com, signed in as ann@contoso.com");
    expect(item).toHaveTextContent("Warning");
    // The chooser offers the From and the mailbox; picking the mailbox shows its settings.
    const chooser = await screen.findByRole("region", { name: "Which account won't send?" });
    const user = setupUser();
    await user.click(within(chooser).getByRole("radio", { name: /ann@contoso\.com/ }));
    expect(
      await screen.findByText("Microsoft 365 account: nothing to set up in Outlook"),
    ).toBeInTheDocument();
  });

  it("explains Send As and Send on Behalf for an item in a shared mailbox", async () => {
    renderPane({
      emailAddress: "ann@contoso.com",
      accountType: "office365",
      shared: { owner: "team@contoso.com", delegatePermissions: 3 },
    });
    // The shared mailbox's properties arrive after Outlook's answer (an asynchronous Office call; generous for a cold ts-jest).
    const notice = await screen.findByTestId("shared-mailbox", {}, { timeout: 15_000 });
    expect(notice).toHaveTextContent("It belongs to team@contoso.com.");
    expect(notice).toHaveTextContent("Your rights on its folders: read, create.");
    expect(notice).toHaveTextContent(/Send As .* Send on Behalf/);
    const chooser = screen.getByRole("region", { name: "Which account won't send?" });
    expect(within(chooser).getByRole("radio", { name: /team@contoso\.com/ })).toBeInTheDocument();
  });

  it("explains the selected bounce at once, on the device, naming the recipient and who must act", async () => {
    const { server } = renderPane(
      {
        emailAddress: "ann@contoso.com",
        accountType: "office365",
        item: {
          itemClass: "REPORT.IPM.Note.NDR",
          sender: "postmaster@contoso.com",
          subject: "Undeliverable: Quote",
          body: [
            "Your message to bob@fabrikam.example couldn't be delivered.",
            "",
            "Diagnostic information for administrators:",
            "Generating server: mx.fabrikam.example",
            "bob@fabrikam.example",
            "Remote Server returned '550 5.1.1 <bob@fabrikam.example>: Recipient address rejected: User unknown in virtual mailbox table'",
          ].join("\n"),
        },
      },
      { "/api/domain": "network-error" },
    );
    const bounce = await screen.findByRole(
      "region",
      { name: "This message is a bounce" },
      { timeout: 15_000 },
    );
    expect(await within(bounce).findByText(/Explained on your device/)).toBeInTheDocument();
    expect(within(bounce).getByTestId("bounce-actor")).toHaveAttribute("data-actor", "recipient");
    expect(within(bounce).getByTestId("bounce-recipients")).toHaveTextContent("bob@fabrikam.example");
    // Nothing about this message went to the server.
    expect(server.calls().some((call) => call.includes("explain") || call.includes("fabrikam"))).toBe(false);
  });

  it("re-reads the From address when the pinned pane's item changes", async () => {
    const { fake } = renderPane({
      emailAddress: "ann@contoso.com",
      accountType: "office365",
      composeFrom: "ann@contoso.com",
    });
    const card = await outgoing();
    expect(within(card).getByText("smtp.office365.com")).toBeInTheDocument();
    act(() => fake?.fireItemChanged({ composeFrom: "ann@yahoo.com" }));
    expect((await within(await outgoing()).findAllByText("smtp.mail.yahoo.com")).length).toBeGreaterThan(0);
    expect(screen.getByText("Sending from a different address")).toBeInTheDocument();
  });
});

describe("server down", () => {
  it("says so plainly and keeps the checklist and the explainer working", async () => {
    const user = setupUser();
    renderPane(
      { emailAddress: "ann@unknown-host.example" },
      { "/api/settings": "network-error", "/api/domain": "network-error" },
    );
    expect(
      await screen.findByText(/The Outbox Doctor server can't be reached, so only the built-in/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(screen.getByText(/No settings are known for unknown-host.example/)).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: "Security checklist" })).toBeInTheDocument();
    const explainer = await screen.findByRole("region", { name: "Fix an error" });
    await user.type(within(explainer).getByLabelText("Paste the error message or code"), "0x800CCC0E");
    await user.click(within(explainer).getByRole("button", { name: "Explain" }));
    expect(await within(explainer).findByRole("heading", { name: /0x800CCC0E/i })).toBeInTheDocument();
  });

  it("reports an unreachable server when verifying, without losing the settings", async () => {
    const user = setupUser();
    renderPane({ emailAddress: "ann@gmail.com" }, { "/api/verify": "network-error" });
    await user.click(await screen.findByRole("button", { name: "Verify server" }));
    expect(await screen.findByText(/so the server cannot be checked right now/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Outgoing server" })).toBeInTheDocument();
  });
});

describe("verify", () => {
  it("shows the expected steps while running, then the findings, the checklist update and the report link", async () => {
    const user = setupUser();
    const base = verifyReport();
    const failing = verifyReport({
      ok: false,
      tls:
        base.tls && base.tls.certificate
          ? { ...base.tls, certificate: { ...base.tls.certificate, daysLeft: -5 } }
          : null,
      findings: [
        { id: "tls-ok", severity: "pass", title: "TLS 1.3 negotiated", detail: "TLSv1.3" },
        { id: "cert-expired", severity: "fail", title: "Certificate expired", detail: "validTo 2026-01-01" },
      ],
    });
    const { server, fake } = renderPane(
      { emailAddress: "ann@contoso.com", accountType: "office365" },
      {
        "/api/verify": { body: { ...failing, reportId: "r1", reportUrl: "/report/r1" }, held: true },
        "/api/domain": { body: contosoDomain },
      },
    );
    const section = await screen.findByRole("region", { name: "Verify this server" });
    const checklist = await screen.findByRole("region", { name: "Security checklist" });
    expect(within(checklist).getByText("Certificate not checked yet")).toBeInTheDocument();

    await user.click(within(section).getByRole("button", { name: "Verify server" }));
    expect(await within(section).findByText("Checking smtp.office365.com:587…")).toBeInTheDocument();
    expect(within(section).getByRole("progressbar")).toBeInTheDocument();
    expect(within(section).getByText("Switch to encryption (STARTTLS)")).toBeInTheDocument();
    expect(within(section).getByText(/s elapsed/)).toBeInTheDocument();
    expect(within(section).getByRole("button", { name: "Verify server" })).toBeDisabled();
    expect(section).toHaveAttribute("aria-busy", "true");

    await act(async () => server.release());
    expect(await within(section).findByText("smtp.office365.com:587: problems found.")).toBeInTheDocument();
    const findings = within(section)
      .getAllByRole("listitem")
      .map((item) => item.textContent ?? "");
    expect(findings.findIndex((text) => text.includes("Certificate expired"))).toBeLessThan(
      findings.findIndex((text) => text.includes("TLS 1.3 negotiated")),
    );
    expect(within(section).getByText("Problem")).toBeInTheDocument();
    expect(within(section).getByText(/Certificate for smtp\.office365\.com, expired/)).toBeInTheDocument();
    expect(within(checklist).getByText("The certificate is expired or not yet valid")).toBeInTheDocument();

    const link = within(section).getByRole("link", { name: /Open full report/ });
    // The stored report: the page shows what this check saw and never probes again.
    expect(link).toHaveAttribute("href", "http://localhost/report/r1");
    await user.click(link);
    expect(fake?.openedUrls).toEqual(["http://localhost/report/r1"]);
    expect(within(section).getByRole("button", { name: "Copy link to the report" })).toBeInTheDocument();
  });

  it("shows a pass and a plain new-tab report link where openBrowserWindow is not supported", async () => {
    const user = setupUser();
    renderPane(
      { emailAddress: "ann@outlook.com", mailboxVersion: "1.4" },
      { "/api/verify": { body: { ...verifyReport(), reportUrl: "/report/r2" } } },
    );
    const section = await screen.findByRole("region", { name: "Verify this server" });
    await user.click(within(section).getByRole("button", { name: "Verify server" }));
    expect(
      await within(section).findByText("smtp-mail.outlook.com:587: no problems found."),
    ).toBeInTheDocument();
    expect(within(section).getByText(/TLSv1\.3, TLS_AES_256_GCM_SHA384/)).toBeInTheDocument();
    const link = within(section).getByRole("link", { name: /Open full report/ });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveAttribute("href", "http://localhost/report/r2");
    expect(within(section).getByRole("button", { name: "Verify again" })).toBeEnabled();
  });

  it("shows the server's refusal message", async () => {
    const user = setupUser();
    renderPane(
      { emailAddress: "ann@gmail.com" },
      {
        "/api/verify": {
          status: 429,
          body: { error: { code: "rate-limited", message: "Too many checks; wait a minute." } },
        },
      },
    );
    await user.click(await screen.findByRole("button", { name: "Verify server" }));
    expect(
      await screen.findByText("The check did not run: Too many checks; wait a minute."),
    ).toBeInTheDocument();
  });
});

describe("copy feedback", () => {
  it("copies with execCommand and says Copied, visibly and to screen readers", async () => {
    const user = setupUser();
    const copied: string[] = [];
    Object.defineProperty(document, "execCommand", {
      value: () => {
        const area = document.querySelector<HTMLTextAreaElement>('textarea[aria-hidden="true"]');
        if (area) copied.push(area.value);
        return true;
      },
      configurable: true,
      writable: true,
    });
    renderPane({ emailAddress: "ann@gmail.com" });
    const card = await outgoing();
    const button = within(card).getByRole("button", { name: "Copy server" });
    await user.click(button);
    expect(copied).toEqual(["smtp.gmail.com"]);
    expect(await within(button).findByText("Copied")).toBeInTheDocument();
    // The visible "Copied" is part of the accessible name (axe: label-content-name-mismatch).
    expect(button).toHaveAccessibleName("Copied: Copy server");
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Server copied to the clipboard."),
    );
  });

  it("falls back to navigator.clipboard", async () => {
    const writeText = jest.fn(async (_text: string) => {});
    const user = setupUser({ writeText });
    renderPane({ emailAddress: "ann@gmail.com" });
    const card = await outgoing();
    await user.click(within(card).getByRole("button", { name: "Copy port" }));
    expect(writeText).toHaveBeenCalledWith("465");
    expect(await within(card).findByText("Copied")).toBeInTheDocument();
  });

  it("tells the user when copying is impossible", async () => {
    const user = setupUser();
    renderPane({ emailAddress: "ann@gmail.com" });
    const card = await outgoing();
    await user.click(within(card).getByRole("button", { name: "Copy server" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Could not copy"));
  });
});

describe("accessibility", () => {
  // Colour contrast needs real layout: it is checked in the browser, not in jsdom.
  const structuralRules = { rules: { "color-contrast": { enabled: false } } };

  it.each([
    ["Microsoft 365 in Outlook", { emailAddress: "ann@contoso.com", accountType: "office365" } as const],
    ["Gmail in German", { emailAddress: "ann@gmail.com", displayLanguage: "de-DE" } as const],
  ])(
    "has no axe violations: %s",
    async (_name, office) => {
      const { view } = renderPane(office, { "/api/domain": { body: contosoDomain } });
      // Their lazy chunks load cold when this test runs on its own: more than findBy's default second in jsdom.
      await screen.findByRole(
        "region",
        { name: /Security checklist|Sicherheits-Checkliste/ },
        { timeout: 10_000 },
      );
      await screen.findByRole("region", { name: /Fix an error|Fehler beheben/ }, { timeout: 10_000 });
      const result = await axe.run(view.container, structuralRules);
      expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      // The whole pane and axe in jsdom on a busy 2-core machine.
    },
    90_000,
  );

  it("has no axe violations in standalone mode with an invalid address", async () => {
    const user = setupUser();
    const { view } = renderPane("standalone");
    await user.type(await addressField(), "nope{Enter}");
    await screen.findByText(/has no @/);
    const result = await axe.run(view.container, structuralRules);
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe("language, theme, explainer, setup and diagnostics", () => {
  it("speaks German when Outlook does", async () => {
    renderPane({ emailAddress: "ann@gmx.de", displayLanguage: "de-DE" });
    const card = await screen.findByRole("region", { name: "Postausgangsserver" });
    expect(within(card).getByRole("button", { name: "Server kopieren" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("de");
    // The core's texts come in German too, from their own chunk (English is built in).
    const checklist = await screen.findByRole("region", { name: "Sicherheits-Checkliste" });
    expect(within(checklist).getByText(/^Verschlüsselung: SSL\/TLS auf Port 465$/)).toBeInTheDocument();
    expect(within(checklist).queryByText(/Encryption/)).toBeNull();
    const setup = await screen.findByRole("region", { name: "In Outlook einrichten" });
    expect(within(setup).getByRole("option", { name: "Outlook für Mac" })).toBeInTheDocument();
    expect(within(setup).getAllByText(/Postausgangsserver/).length).toBeGreaterThan(0);
  });

  it("uses the dark theme when Outlook's background is dark", async () => {
    renderPane({ emailAddress: "ann@gmail.com", bodyBackgroundColor: "#1f1f1f" });
    await outgoing();
    // The first screen is plain CSS with Fluent's dark colours; Fluent's own dark theme is its own chunk.
    expect(document.querySelector(".od-root")).toHaveAttribute("data-theme", "dark");
    await waitFor(() => {
      const css = [...document.querySelectorAll("style")].map((style) => style.textContent).join("\n");
      const rules = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join("\n");
      expect(css + rules).toMatch(/--colorNeutralBackground1:\s*#292929/);
    });
  });

  it("explains a pasted error with its cause and ordered fixes", async () => {
    const user = setupUser();
    renderPane(
      { emailAddress: "ann@contoso.com", accountType: "office365" },
      { "/api/domain": "network-error" },
    );
    const section = await screen.findByRole("region", { name: "Fix an error" });
    await user.click(within(section).getByRole("button", { name: "Explain" }));
    expect(await within(section).findByText("Paste an error message or code first.")).toBeInTheDocument();
    await user.type(
      within(section).getByLabelText("Paste the error message or code"),
      "535 5.7.139 Authentication unsuccessful",
    );
    await user.click(within(section).getByRole("button", { name: "Explain" }));
    expect(await within(section).findByRole("heading", { name: /5\.7\.139/ })).toBeInTheDocument();
    const first = within(section).getAllByRole("article")[0];
    if (!first) throw new Error("no explanation shown");
    expect(within(first).getByText(/^Cause/)).toBeInTheDocument();
    expect(within(first).getByText("Try these, in order").nextElementSibling?.tagName).toBe("OL");
  });

  it("gives setup steps for the detected Outlook and lets the user switch", async () => {
    const user = setupUser();
    renderPane({
      emailAddress: "ann@gmx.de",
      hostName: "Outlook",
      platform: "PC",
      hostVersion: "16.0.17928.20114",
    });
    const section = await screen.findByRole("region", { name: "Set up in Outlook" });
    const select = within(section).getByLabelText("Your Outlook");
    expect(select).toHaveValue("classic-windows");
    expect(within(section).getAllByText("mail.gmx.net").length).toBeGreaterThan(0);
    await user.selectOptions(select, "mobile");
    expect(select).toHaveValue("mobile");
  });

  it("keeps diagnostics collapsed until asked", async () => {
    const user = setupUser();
    renderPane({
      emailAddress: "ann@gmail.com",
      hostName: "OutlookWebApp",
      hostVersion: "15.20.8000.0",
      mailboxVersion: "1.14",
    });
    const toggle = await screen.findByRole("button", { name: "Diagnostics" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText("15.20.8000.0")).toBeNull();
    await user.click(toggle);
    expect(await screen.findByText("15.20.8000.0")).toBeInTheDocument();
    expect(screen.getByText("1.14")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy diagnostics" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy for a ticket" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy for a ticket (JSON)" })).toBeInTheDocument();
    const list = screen.getByTestId("diagnostics");
    expect(list.querySelector('[data-diagnostic="addressInUse"]')).toHaveTextContent("ann@gmail.com");
    expect(list.querySelector('[data-diagnostic="addinVersion"]')).toHaveTextContent("development");
  });
});
