// The roots the probe trusts when it judges a server's certificate: Node's
// bundled Mozilla store plus the PEM file named by OUTBOX_EXTRA_CA (a company
// CA, or a test CA). Read once at start-up so a bad file is reported then.
import { readFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import { rootCertificates } from "node:tls";
import { ConfigError } from "./runtimeConfig.js";

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM file; throws ConfigError with a one-line reason when it is unusable. */
export function readPemCertificates(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new ConfigError(`OUTBOX_EXTRA_CA: cannot read ${path} (${code})`);
  }
  const pems = text.match(PEM_CERTIFICATE) ?? [];
  if (pems.length === 0) throw new ConfigError(`OUTBOX_EXTRA_CA: ${path} contains no PEM certificate`);
  for (const [index, pem] of pems.entries()) {
    try {
      new X509Certificate(pem);
    } catch {
      throw new ConfigError(`OUTBOX_EXTRA_CA: certificate ${index + 1} in ${path} cannot be parsed`);
    }
  }
  return pems;
}

export function loadTrustedCas(extraCaPath: string | null): string[] {
  const extra = extraCaPath === null ? [] : readPemCertificates(extraCaPath);
  return [...rootCertificates, ...extra];
}
