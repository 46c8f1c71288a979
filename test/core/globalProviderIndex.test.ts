// The pane's start-up index (global providers' records, regional ones by
// domain only) must give exactly the whole database's answers, or none.
// providers/regionalDomains.ts is generated from the regional tables: with
// UPDATE_REGIONAL_DOMAINS=1 this test rewrites it, otherwise it fails while
// the file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { GLOBAL_PROVIDER_INDEX } from "../../src/core/globalProviderIndex.js";
import { ProviderElsewhereError } from "../../src/core/providerIndex.js";
import { PROVIDERS } from "../../src/core/providerDatabase.js";
import { GLOBAL_PROVIDERS } from "../../src/core/providers/global.js";
import { AMERICAS_PROVIDERS } from "../../src/core/providers/americas.js";
import { ASIA_PACIFIC_PROVIDERS } from "../../src/core/providers/asiaPacific.js";
import { EUROPE_PROVIDERS } from "../../src/core/providers/europe.js";
import { HOSTING_PROVIDERS } from "../../src/core/providers/hosting.js";
import { resolveSettingsWith } from "../../src/core/resolveCore.js";
import { resolveSettings } from "../../src/core/resolveSettings.js";
import { loadLanguage } from "../../src/core/language.js";
import type { OutlookAccountType } from "../../src/core/types.js";

const REGIONAL = [
  ...EUROPE_PROVIDERS,
  ...AMERICAS_PROVIDERS,
  ...ASIA_PACIFIC_PROVIDERS,
  ...HOSTING_PROVIDERS,
];
const FILE = resolve(process.cwd(), "src/core/providers/regionalDomains.ts");

function expectedFile(): string {
  const domains = REGIONAL.flatMap((provider) => provider.domains);
  const suffixes = REGIONAL.flatMap((provider) => provider.domainSuffixes ?? []);
  return `// Generated from the regional and hosting tables by test/core/globalProviderIndex.test.ts
// (UPDATE_REGIONAL_DOMAINS=1 npx jest test/core/globalProviderIndex.test.ts); do not edit.
// Their mailbox domains, for the pane's start-up index (src/core/globalProviderIndex.ts).
import type { ProvidersElsewhere } from "../providerIndex.js";

const DOMAINS =
  "${domains.join(" ")}";

export const REGIONAL_PROVIDER_DOMAINS: ProvidersElsewhere = {
  domains: DOMAINS.split(" "),
  domainSuffixes: ${JSON.stringify(suffixes).replace(/","/g, '", "')},
};
`;
}

const ACCOUNT_TYPES: (OutlookAccountType | undefined)[] = [
  undefined,
  "office365",
  "outlookCom",
  "gmail",
  "enterprise",
];

function both(email: string, accountType: OutlookAccountType | undefined, lang: "en" | "de" = "en") {
  const context = accountType ? { accountType } : {};
  const run = (resolve: () => unknown) => {
    try {
      return { value: resolve() };
    } catch (error) {
      return { error };
    }
  };
  return {
    whole: run(() => resolveSettings(email, context, { lang })),
    startUp: run(() => resolveSettingsWith(GLOBAL_PROVIDER_INDEX, email, context, { lang })),
  };
}

describe("the generated list of regional mailbox domains", () => {
  it("is the regional and hosting tables' domains and suffixes", () => {
    const expected = expectedFile();
    if (process.env.UPDATE_REGIONAL_DOMAINS === "1") writeFileSync(FILE, expected);
    if (readFileSync(FILE, "utf8") !== expected) {
      throw new Error(
        "src/core/providers/regionalDomains.ts is stale (a regional or hosting table changed): " +
          "UPDATE_REGIONAL_DOMAINS=1 npx jest test/core/globalProviderIndex.test.ts rewrites it",
      );
    }
  });

  it("leaves no provider out: the global and regional tables are the whole database", () => {
    expect([...GLOBAL_PROVIDERS, ...REGIONAL].map((provider) => provider.id)).toEqual(
      PROVIDERS.map((provider) => provider.id),
    );
  });

  it("needs no regional record for account types: only global providers name one", () => {
    expect(REGIONAL.filter((provider) => (provider.outlookAccountTypes ?? []).length > 0)).toEqual([]);
  });
});

describe("the start-up index answers as the whole database, or not at all", () => {
  const globalDomains = GLOBAL_PROVIDERS.flatMap((provider) => [
    ...provider.domains,
    ...(provider.domainSuffixes ?? []).map((suffix) => `tenant.${suffix}`),
  ]);
  const customDomains = [
    "contoso.com",
    "example.org",
    "xn--mnchen-3ya.de",
    "mail.contoso.co.uk",
    "ex.gmail.com",
  ];

  it("gives the same settings for every global and custom domain, with every account type", () => {
    const addresses = [...globalDomains, ...customDomains].map((domain) => `ann+tag@${domain}`);
    expect(addresses.length).toBeGreaterThan(40);
    for (const email of addresses) {
      for (const type of ACCOUNT_TYPES) {
        const { whole, startUp } = both(email, type);
        expect({ email, type, ...startUp }).toEqual({ email, type, ...whole });
      }
    }
  });

  it("gives the same settings in German", async () => {
    await loadLanguage("de");
    for (const email of ["ann@outlook.de", "ann@contoso.com", "ann@gmail.com", "ann@t.onmicrosoft.com"]) {
      for (const type of ACCOUNT_TYPES) {
        const { whole, startUp } = both(email, type, "de");
        expect({ email, type, ...startUp }).toEqual({ email, type, ...whole });
      }
    }
  });

  it("refuses every regional domain (and its suffix rules), whatever the account type", () => {
    const regional = REGIONAL.flatMap((provider) => [
      ...provider.domains,
      ...(provider.domainSuffixes ?? []).map((suffix) => `x.${suffix}`),
    ]);
    expect(regional.length).toBeGreaterThan(400);
    for (const domain of regional) {
      for (const type of ACCOUNT_TYPES) {
        const { whole, startUp } = both(`ann@${domain}`, type);
        expect(whole.error).toBeUndefined();
        expect(startUp.error).toBeInstanceOf(ProviderElsewhereError);
      }
    }
  });

  it("refuses MX lookups, whose patterns it does not have", () => {
    expect(() => GLOBAL_PROVIDER_INDEX.findProviderByMx("aspmx.l.google.com")).toThrow(
      ProviderElsewhereError,
    );
  });

  it("throws the same input errors as the whole database", () => {
    const { whole, startUp } = both("not an address", undefined);
    expect(whole.error).toBeDefined();
    expect(startUp.error).toEqual(whole.error);
  });
});
