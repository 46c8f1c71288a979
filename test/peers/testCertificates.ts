// A throw-away certificate authority made when the tests run, and the server
// certificates the probe tests need: valid, expired, not yet valid, for
// another name, self-signed, wildcard, and about to expire. Trust the CA by
// passing `caPem` in the probe's trustedCas; nothing touches the system store.
//
// Made with the `selfsigned` package (native WebCrypto, P-256 keys): about
// 0.3 s for the whole set, where node-forge's JavaScript RSA took over 4 s on
// the project's machine.
import { generateKeyPairSync, webcrypto } from "node:crypto";
// selfsigned's own engine; used directly for what selfsigned cannot make (a
// CA-signed intermediate and a leaf with an Authority Information Access URL).
import * as x509 from "@peculiar/x509";
import { generate } from "selfsigned";

/** Names every "valid" certificate covers. `.test` is reserved (RFC 2606). */
export const TEST_HOST = "mail.outbox-doctor.test";
export const TEST_WILDCARD = "*.outbox-doctor.test";
export const TEST_IPS = ["127.0.0.1", "::1"];

export interface TestCertificate {
  key: string;
  cert: string;
}

export interface TestCertificates {
  /** The test CA's certificate (PEM): the only root that makes these certificates trusted. */
  caPem: string;
  /** localhost, TEST_HOST, 127.0.0.1 and ::1; valid for a year. */
  valid: TestCertificate;
  expired: TestCertificate;
  notYetValid: TestCertificate;
  /** Issued by the CA, but for wrong.example.net only. */
  wrongHost: TestCertificate;
  /** Right names and dates, but signed by its own key. */
  selfSigned: TestCertificate;
  /** *.outbox-doctor.test only. */
  wildcard: TestCertificate;
  /** Right names and chain, five days left. */
  expiringSoon: TestCertificate;
  /** An intermediate CA under the test CA (PEM). */
  intermediatePem: string;
  /**
   * Right names and dates, issued by the intermediate and served without it;
   * its AIA names INTERMEDIATE_URL, where Outlook for Windows would fetch it.
   */
  leafWithoutIntermediate: TestCertificate;
  /** The same leaf served with its intermediate: a complete chain. */
  leafWithChain: TestCertificate;
}

/** The AIA "CA Issuers" URL of leafWithoutIntermediate (nothing is fetched from it). */
export const INTERMEDIATE_URL = "http://ca.outbox-doctor.test/intermediate.cer";

const DAY_MS = 86_400_000;

interface IssueOptions {
  commonName: string;
  dnsNames: string[];
  ipAddresses: string[];
  notBefore: Date;
  notAfter: Date;
}

const SERVER_EXTENSIONS = [
  { name: "basicConstraints" as const, cA: false, critical: true },
  { name: "keyUsage" as const, digitalSignature: true, critical: true },
  { name: "extKeyUsage" as const, serverAuth: true },
];

async function issue(
  options: IssueOptions,
  keyPair: { privateKey: string; publicKey: string },
  ca: { key: string; cert: string } | null,
): Promise<TestCertificate> {
  const altNames = [
    ...options.dnsNames.map((value) => ({ type: 2 as const, value })),
    ...options.ipAddresses.map((ip) => ({ type: 7 as const, ip })),
  ];
  const pems = await generate([{ name: "commonName", value: options.commonName }], {
    keyType: "ec",
    algorithm: "sha256",
    keyPair,
    notBeforeDate: options.notBefore,
    notAfterDate: options.notAfter,
    extensions: [...SERVER_EXTENSIONS, { name: "subjectAltName", altNames }],
    ...(ca ? { ca } : {}),
  });
  return { key: keyPair.privateKey, cert: pems.cert };
}

async function createCertificates(): Promise<TestCertificates> {
  const now = Date.now();
  const at = (days: number): Date => new Date(now + days * DAY_MS);
  const ecKeyPair = () =>
    generateKeyPairSync("ec", {
      namedCurve: "P-256",
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
    });
  const caKeys = ecKeyPair();
  const authority = await generate(
    [
      { name: "commonName", value: "Outbox Doctor Test CA" },
      { name: "organizationName", value: "Outbox Doctor tests" },
    ],
    {
      keyType: "ec",
      algorithm: "sha256",
      keyPair: caKeys,
      notBeforeDate: at(-1),
      notAfterDate: at(3650),
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
      ],
    },
  );
  const ca = { key: caKeys.privateKey, cert: authority.cert };
  const leafKeys = ecKeyPair();
  const good = { commonName: TEST_HOST, dnsNames: ["localhost", TEST_HOST], ipAddresses: TEST_IPS };
  const other = (name: string) => ({ commonName: name, dnsNames: [name], ipAddresses: [] });
  const [valid, expired, notYetValid, wrongHost, selfSigned, wildcard, expiringSoon] = await Promise.all([
    issue({ ...good, notBefore: at(-1), notAfter: at(365) }, leafKeys, ca),
    issue({ ...good, notBefore: at(-60), notAfter: at(-2) }, leafKeys, ca),
    issue({ ...good, notBefore: at(10), notAfter: at(400) }, leafKeys, ca),
    issue({ ...other("wrong.example.net"), notBefore: at(-1), notAfter: at(365) }, leafKeys, ca),
    issue({ ...good, notBefore: at(-1), notAfter: at(365) }, leafKeys, null),
    issue({ ...other(TEST_WILDCARD), notBefore: at(-1), notAfter: at(365) }, leafKeys, ca),
    issue({ ...good, notBefore: at(-80), notAfter: at(5) }, leafKeys, ca),
  ]);
  const chain = await issueIntermediateChain(ca, leafKeys, at(-1), at(365));
  return {
    caPem: authority.cert,
    intermediatePem: chain.intermediatePem,
    leafWithoutIntermediate: { key: leafKeys.privateKey, cert: chain.leafPem },
    leafWithChain: { key: leafKeys.privateKey, cert: `${chain.leafPem}\n${chain.intermediatePem}` },
    valid: valid as TestCertificate,
    expired: expired as TestCertificate,
    notYetValid: notYetValid as TestCertificate,
    wrongHost: wrongHost as TestCertificate,
    selfSigned: selfSigned as TestCertificate,
    wildcard: wildcard as TestCertificate,
    expiringSoon: expiringSoon as TestCertificate,
  };
}

const EC_SIGN = { name: "ECDSA", namedCurve: "P-256" } as const;

function pemBody(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
}

/** An intermediate CA and a leaf under it (with an AIA URL), signed with @peculiar/x509. */
async function issueIntermediateChain(
  ca: { key: string; cert: string },
  leafKeys: { privateKey: string; publicKey: string },
  notBefore: Date,
  notAfter: Date,
): Promise<{ intermediatePem: string; leafPem: string }> {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const subtle = webcrypto.subtle;
  const caKey = await subtle.importKey("pkcs8", pemBody(ca.key), EC_SIGN, false, ["sign"]);
  const intermediateKeys = (await subtle.generateKey(EC_SIGN, true, ["sign", "verify"])) as CryptoKeyPair;
  const caCert = new x509.X509Certificate(ca.cert);
  const intermediate = await x509.X509CertificateGenerator.create({
    serialNumber: "0a01",
    subject: "CN=Outbox Doctor Test Intermediate, O=Outbox Doctor tests",
    issuer: caCert.subjectName,
    notBefore,
    notAfter,
    publicKey: intermediateKeys.publicKey,
    signingKey: caKey,
    signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  const leafPublic = await subtle.importKey("spki", pemBody(leafKeys.publicKey), EC_SIGN, true, ["verify"]);
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: "0a02",
    subject: `CN=${TEST_HOST}`,
    issuer: intermediate.subjectName,
    notBefore,
    notAfter,
    publicKey: leafPublic,
    signingKey: intermediateKeys.privateKey,
    signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: "dns", value: "localhost" },
        { type: "dns", value: TEST_HOST },
        ...TEST_IPS.map((ip) => ({ type: "ip" as const, value: ip })),
      ]),
      new x509.AuthorityInfoAccessExtension({ caIssuers: new x509.GeneralName("url", INTERMEDIATE_URL) }),
    ],
  });
  return { intermediatePem: intermediate.toString("pem"), leafPem: leaf.toString("pem") };
}

let pending: Promise<TestCertificates> | null = null;

/** Made once per test process; call it in beforeAll. */
export function getTestCertificates(): Promise<TestCertificates> {
  pending ??= createCertificates();
  return pending;
}
