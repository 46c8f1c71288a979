// Which certificate the server presents. Outlook only loads add-ins over
// HTTPS, so the development server needs one for localhost. In order:
// HTTPS_CERT + HTTPS_KEY (your own), the files `npx office-addin-dev-certs
// install` writes (already trusted by the machine when that tool could install
// its CA), or a self-signed localhost certificate made on first run with the
// selfsigned package, kept in .certs/ and reused until it nears expiry.
import { createPrivateKey, X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "selfsigned";
import { ConfigError } from "../net/runtimeConfig.js";

export type CertificateSource = "env" | "office-addin-dev-certs" | "generated" | "generated-earlier";

export interface HttpsCertificate {
  key: string;
  cert: string;
  source: CertificateSource;
  certPath: string;
  validTo: Date;
  /** How to make browsers and Outlook trust it. */
  trustHint: string;
  /** Why a candidate was passed over (e.g. expired dev certificates). */
  notes: string[];
}

export interface CertificateLocations {
  env: NodeJS.ProcessEnv;
  /** The user's home directory, where office-addin-dev-certs keeps its files. */
  homeDir: string;
  /** Where a generated certificate is kept (the project's .certs/). */
  certsDir: string;
  now?: Date;
}

const DAY_MS = 86_400_000;
const GENERATED_VALIDITY_DAYS = 365;
/** A kept certificate is replaced when fewer days than this remain. */
const RENEW_BEFORE_DAYS = 7;

interface Pair {
  key: string;
  cert: string;
  validTo: Date;
}

function readFile(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(
      `${what}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`,
    );
  }
}

/** Parses a certificate and key and checks that they belong together; throws ConfigError. */
export function checkPair(cert: string, key: string, where: string): Pair {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new ConfigError(`${where}: the certificate is not a PEM certificate`);
  }
  let matches: boolean;
  try {
    matches = x509.checkPrivateKey(createPrivateKey(key));
  } catch {
    throw new ConfigError(`${where}: the key is not a PEM private key (or it is encrypted)`);
  }
  if (!matches) throw new ConfigError(`${where}: the key does not belong to the certificate`);
  return { key, cert, validTo: new Date(x509.validTo) };
}

function daysLeft(pair: Pair, now: Date): number {
  return (pair.validTo.getTime() - now.getTime()) / DAY_MS;
}

/** A self-signed certificate for localhost, 127.0.0.1 and ::1 (browsers only read the SANs, not the CN). */
export async function generateLocalhostCertificate(now: Date): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    // A day of slack for clocks that run behind.
    notBeforeDate: new Date(now.getTime() - DAY_MS),
    notAfterDate: new Date(now.getTime() + GENERATED_VALIDITY_DAYS * DAY_MS),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function generatedTrustHint(certPath: string): string {
  return (
    `Browsers and Outlook warn until this certificate is trusted. Trust ${certPath} ` +
    `(Windows: certutil -user -addstore Root "${certPath}"; macOS: sudo security add-trusted-cert -d -r trustRoot ` +
    `-k /Library/Keychains/System.keychain "${certPath}"; Linux Chrome: certutil -d sql:$HOME/.pki/nssdb -A -t "P,," ` +
    `-n outbox-doctor-localhost -i "${certPath}"), or run "npx office-addin-dev-certs install" and restart to use its certificates.`
  );
}

export async function loadHttpsCertificate(locations: CertificateLocations): Promise<HttpsCertificate> {
  const now = locations.now ?? new Date();
  const notes: string[] = [];
  const certEnv = locations.env.HTTPS_CERT?.trim();
  const keyEnv = locations.env.HTTPS_KEY?.trim();

  if (certEnv || keyEnv) {
    if (!certEnv || !keyEnv) throw new ConfigError("HTTPS_CERT and HTTPS_KEY must be set together");
    const pair = checkPair(
      readFile(certEnv, "HTTPS_CERT"),
      readFile(keyEnv, "HTTPS_KEY"),
      "HTTPS_CERT/HTTPS_KEY",
    );
    if (daysLeft(pair, now) <= 0)
      throw new ConfigError(`HTTPS_CERT: ${certEnv} expired on ${pair.validTo.toISOString()}`);
    return {
      ...pair,
      source: "env",
      certPath: certEnv,
      trustHint: "Your own certificate (HTTPS_CERT).",
      notes,
    };
  }

  const devDir = join(locations.homeDir, ".office-addin-dev-certs");
  const devCert = join(devDir, "localhost.crt");
  const devKey = join(devDir, "localhost.key");
  if (existsSync(devCert) && existsSync(devKey)) {
    try {
      const pair = checkPair(
        readFile(devCert, "office-addin-dev-certs"),
        readFile(devKey, "office-addin-dev-certs"),
        devDir,
      );
      if (daysLeft(pair, now) > 0) {
        return {
          ...pair,
          source: "office-addin-dev-certs",
          certPath: devCert,
          trustHint: `Certificates of office-addin-dev-certs; if the browser still warns, trust its CA (${join(devDir, "ca.crt")}) or run "npx office-addin-dev-certs install" again.`,
          notes,
        };
      }
      notes.push(
        `${devCert} expired on ${pair.validTo.toISOString()}: run "npx office-addin-dev-certs install" to renew it.`,
      );
    } catch (error) {
      notes.push(`${devDir} is not usable: ${(error as Error).message}`);
    }
  }

  const certPath = join(locations.certsDir, "localhost.crt");
  const keyPath = join(locations.certsDir, "localhost.key");
  if (existsSync(certPath) && existsSync(keyPath)) {
    try {
      const pair = checkPair(readFile(certPath, ".certs"), readFile(keyPath, ".certs"), locations.certsDir);
      if (daysLeft(pair, now) > RENEW_BEFORE_DAYS) {
        return {
          ...pair,
          source: "generated-earlier",
          certPath,
          trustHint: generatedTrustHint(certPath),
          notes,
        };
      }
      notes.push(`${certPath} expires on ${pair.validTo.toISOString()}: made a new one.`);
    } catch (error) {
      notes.push(`${certPath} is not usable (${(error as Error).message}): made a new one.`);
    }
  }

  const fresh = await generateLocalhostCertificate(now);
  try {
    mkdirSync(locations.certsDir, { recursive: true, mode: 0o700 });
    writeFileSync(keyPath, fresh.key, { mode: 0o600 });
    writeFileSync(certPath, fresh.cert, { mode: 0o644 });
  } catch (error) {
    throw new ConfigError(
      `cannot store the generated certificate in ${locations.certsDir} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  const pair = checkPair(fresh.cert, fresh.key, "generated certificate");
  return { ...pair, source: "generated", certPath, trustHint: generatedTrustHint(certPath), notes };
}
