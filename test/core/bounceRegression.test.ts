// The bounce regression set: every real bounce, NDR and Outlook dialog text in
// test/fixtures/bounces/regression.tsv must get the labelled reason and actor as its first explanation.

import { describe, expect, it } from "@jest/globals";
import { actorOf, BOUNCE_ACTORS, isBounceReason } from "../../src/core/bounceReasons.js";
import { explainBounce } from "../../src/core/explainBounce.js";
import { loadRegression, parseRegression, type RegressionRow } from "../fixtures/bounces/loadRegression.js";

const rows = loadRegression();

describe("bounce regression set: well-formed", () => {
  it("has at least 300 rows from at least 10 MTAs or providers", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((row) => row.mta)).size).toBeGreaterThanOrEqual(10);
  });

  it("has unique ids", () => {
    const seen = new Set<string>();
    const duplicates = rows.filter((row) => (seen.has(row.id) ? true : (seen.add(row.id), false)));
    expect(duplicates.map((row) => row.id)).toEqual([]);
  });

  it.each(rows.map((row): [string, RegressionRow] => [row.id, row]))(
    "%s: known reason, actor of that reason, source, MTA and text",
    (_id, row) => {
      expect(row.id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
      expect(isBounceReason(row.reason)).toBe(true);
      if (isBounceReason(row.reason)) expect(row.actor).toBe(actorOf(row.reason));
      expect(BOUNCE_ACTORS).toContain(row.actor);
      expect(row.source.trim()).not.toBe("");
      expect(row.mta).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      expect(row.text.trim()).not.toBe("");
    },
  );

  it("the loader undoes the escapes and rejects malformed lines", () => {
    const header = "id\tsource\tmta\treason\tactor\ttext\tnote";
    const [row] = parseRegression(`${header}\na\ts\tm\tvirus\tyou\tline 1\\nline\\t2 C:\\\\x\t\n`);
    expect(row?.text).toBe("line 1\nline\t2 C:\\x");
    expect(() => parseRegression(`${header}\na\ts\tm\n`)).toThrow(/line 2: 3 columns/);
    expect(() => parseRegression(`${header}\na\ts\tm\tvirus\tyou\tbad \\x\t\n`)).toThrow(/unknown escape/);
    expect(() => parseRegression("id\ttext\n")).toThrow(/header/);
  });
});

describe("bounce regression set: first explanation", () => {
  it.each(rows.map((row): [string, RegressionRow] => [row.id, row]))("%s", (_id, row) => {
    const first = explainBounce(row.text).explanations[0];
    expect({ reason: first?.reason, actor: first?.actor }).toEqual({ reason: row.reason, actor: row.actor });
  });
});
