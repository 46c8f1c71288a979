// The long-tail entries added from independent public sources (docs/providers.md,
// "Added from public sources"): their addresses, aliases and subdomains resolve
// offline to the agreed servers, are marked unverified with the note that says
// so, and a domain repeated as the same entry's suffix is accepted by the schema
// while a second provider claiming it is not.
import { describe, expect, it } from "@jest/globals";
import { PROVIDERS } from "../../src/core/providerDatabase.js";
import { validateProviderDatabase } from "../../src/core/providerSchema.js";
import { resolveSettings } from "../../src/core/resolveSettings.js";

const FROM_PUBLIC_SOURCES = /public mail-client databases and published working configurations/;

function entry(id: string) {
  const found = PROVIDERS.find((provider) => provider.id === id);
  if (!found) throw new Error(`no provider ${id}`);
  return found;
}

function first(address: string): string {
  const settings = resolveSettings(address);
  const server = settings.servers[0];
  return server ? `${settings.provider?.id} ${server.host}:${server.port}/${server.security}` : "none";
}

describe("long-tail entries from public sources", () => {
  it.each([
    ["jiro@so-net.ne.jp", "so-net mail.so-net.ne.jp:587/starttls"],
    ["taro@aa2.so-net.ne.jp", "so-net mail.so-net.ne.jp:587/starttls"],
    ["Hanako@FC5.So-Net.ne.jp.", "so-net mail.so-net.ne.jp:587/starttls"],
    ["kenji@nifty.com", "nifty smtp.nifty.com:465/tls"],
    ["nando@terra.com.br", "terra smtp.terra.com.br:587/starttls"],
    ["ines@meo.pt", "sapo smtp.sapo.pt:465/tls"],
    ["rui@sapo.ao", "sapo smtp.sapo.pt:465/tls"],
  ])("%s resolves offline to %s", (address, expected) => {
    expect(first(address)).toBe(expected);
  });

  it("does not stretch a suffix or an exact domain to look-alikes", () => {
    expect(resolveSettings("x@so-net.ne.jp.example").provider).toBeNull();
    expect(resolveSettings("x@notso-net.ne.jp").provider).toBeNull();
    expect(resolveSettings("x@mail.nifty.com").provider).toBeNull();
    expect(resolveSettings("x@meo.pt.example").provider).toBeNull();
  });

  it("gives both halves: So-net IMAP (add-on) then POP3, @nifty IMAP and POP3, Terra IMAP", () => {
    const incoming = (address: string) =>
      resolveSettings(address).incoming.map(
        (server) => `${server.protocol} ${server.host}:${server.port}/${server.security}`,
      );
    expect(incoming("taro@aa2.so-net.ne.jp")).toEqual([
      "imap imap.so-net.ne.jp:993/tls",
      "pop3 pop.so-net.ne.jp:995/tls",
    ]);
    expect(incoming("kenji@nifty.com")).toEqual([
      "imap imap.nifty.com:993/tls",
      "pop3 pop.nifty.com:995/tls",
    ]);
    expect(incoming("nando@terra.com.br")).toEqual(["imap imap.terra.com.br:993/tls"]);
    expect(resolveSettings("taro@aa2.so-net.ne.jp").notes.join(" ")).toMatch(/IMAP add-on service/);
  });

  it("marks the new entries unverified, says where the settings come from, and owns their domains", () => {
    for (const address of ["taro@aa2.so-net.ne.jp", "kenji@nifty.com", "nando@terra.com.br"]) {
      const settings = resolveSettings(address);
      expect(settings.provider?.unverified).toBe(true);
      expect(settings.provider?.ownsDomain).toBe(true);
      expect(settings.notes.join(" ")).toMatch(FROM_PUBLIC_SOURCES);
    }
    expect(resolveSettings("ines@meo.pt").provider?.ownsDomain).toBe(true);
    expect(entry("so-net").checked).toBe("2026-12-01");
  });

  it("accepts a domain repeated as the same entry's suffix, refuses it claimed by another or twice", () => {
    const sonet = entry("so-net");
    expect(validateProviderDatabase([sonet])).toEqual([]);
    const copycat = { ...sonet, id: "copycat", domains: [], domainSuffixes: ["so-net.ne.jp"] };
    expect(validateProviderDatabase([sonet, copycat]).join("\n")).toMatch(
      /domain "so-net\.ne\.jp" is already used by so-net/,
    );
    const twice = { ...sonet, domains: ["so-net.ne.jp", "so-net.ne.jp"] };
    expect(validateProviderDatabase([twice]).join("\n")).toMatch(/already used by so-net/);
  });
});
