import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootCertificates } from "node:tls";
import { loadTrustedCas, readPemCertificates } from "../../src/net/trustStore.js";
import { ConfigError } from "../../src/net/runtimeConfig.js";
import { getTestCertificates } from "../peers/testCertificates.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "outbox-trust-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("without OUTBOX_EXTRA_CA: Node's bundled roots", () => {
  expect(loadTrustedCas(null)).toEqual([...rootCertificates]);
});

test("the extra file's certificates are added to the roots", async () => {
  const { caPem, valid } = await getTestCertificates();
  const path = join(dir, "extra.pem");
  writeFileSync(path, `# company roots\n${caPem}\n${valid.cert}`);
  const cas = loadTrustedCas(path);
  expect(cas).toHaveLength(rootCertificates.length + 2);
  expect(cas.slice(-2).map((pem) => pem.trim())).toEqual([caPem.trim(), valid.cert.trim()]);
});

test.each([
  ["missing.pem", null, "OUTBOX_EXTRA_CA: cannot read"],
  ["empty.pem", "no certificates here\n", "contains no PEM certificate"],
  ["broken.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "certificate 1 in"],
])("%s gives a one-line ConfigError", (name, content, message) => {
  const path = join(dir, name);
  if (content !== null) writeFileSync(path, content);
  expect(() => readPemCertificates(path)).toThrow(ConfigError);
  expect(() => loadTrustedCas(path)).toThrow(message);
});
