import { describe, expect, it } from "@jest/globals";
import {
  canonicalPlaceholders,
  containsUserData,
  fillPlaceholders,
  personaliseHost,
  placeholderAddress,
  shareability,
} from "../../src/core/personalise.js";

const alice = { address: "Alice@corp.test", localPart: "Alice", domain: "corp.test" };

describe("personalise", () => {
  it("the address sent for the shared cache is a placeholder, never a person", () => {
    expect(placeholderAddress("corp.test")).toBe("%EMAILLOCALPART%@corp.test");
    // What a server that fills in the address it received sends back is a template every address can fill.
    expect(fillPlaceholders("%EMAILLOCALPART%@corp.test", alice)).toBe("Alice@corp.test");
  });

  it("fills every placeholder, in any case a server echoed it", () => {
    expect(fillPlaceholders("%EMAILADDRESS%|%emaillocalpart%|%EmailDomain%", alice)).toBe(
      "Alice@corp.test|Alice|corp.test",
    );
    expect(canonicalPlaceholders("%emailaddress%")).toBe("%EMAILADDRESS%");
  });

  it("per-user hosts are filled per address, lowercased and validated", () => {
    expect(personaliseHost("%EMAILLOCALPART%.pod.corp.test", alice)).toEqual({ host: "alice.pod.corp.test" });
    expect(personaliseHost("smtp.corp.test", alice)).toEqual({ host: "smtp.corp.test" });
    const bad = personaliseHost("%EMAILLOCALPART%.pod.corp.test", { ...alice, localPart: "a+b" });
    expect("error" in bad).toBe(true);
  });

  it("literal user names and the asker's own data are not shareable", () => {
    expect(shareability([{ host: "smtp.corp.test", usernameTemplate: "%EMAILADDRESS%" }], null)).toEqual({
      shareable: true,
      reasons: [],
    });
    expect(shareability([{ host: "smtp.corp.test", usernameTemplate: "alice" }], null).shareable).toBe(false);
    const asked = shareability([{ host: "alice.pod.corp.test", usernameTemplate: "%EMAILADDRESS%" }], alice);
    expect(asked).toEqual({
      shareable: false,
      reasons: ["alice.pod.corp.test: host of the address asked for"],
    });
    expect(containsUserData("x-ALICE@corp.test", alice)).toBe(true);
    expect(containsUserData("%EMAILLOCALPART%", { ...alice, localPart: "%EMAILLOCALPART%" })).toBe(false);
  });
});
