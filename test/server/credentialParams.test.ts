// The companion server never takes credentials: the sign-in test exists only
// in the CLI, on the user's own machine. Any query parameter named like a
// secret is refused before anything else, and a user name is no parameter
// any route takes; neither value is ever repeated in the refusal.
import { InputError } from "../../src/core/errors.js";
import { CREDENTIAL_REFUSAL, parseQuery } from "../../src/server/queryParams.js";

const VERIFY_SPEC = {
  host: { maxLength: 253, required: true },
  port: { maxLength: 5 },
  security: { maxLength: 8 },
} as const;
const SECRET = "s3cret-Value-4711";

function refusal(url: string): string {
  try {
    parseQuery(url, VERIFY_SPEC);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${url} was accepted`);
}

test.each([
  "password",
  "Password",
  "passwd",
  "pwd",
  "pass",
  "user_password",
  "token",
  "access_token",
  "xoauth2-token",
  "refresh_token",
  "secret",
  "client_secret",
  "authorization",
  "apikey",
  "app-password",
])("a parameter named %j is refused as a credential, its value never echoed", (name) => {
  const message = refusal(`/api/verify?host=smtp.example.com&${name}=${SECRET}`);
  expect(message).toBe(CREDENTIAL_REFUSAL);
  expect(message).not.toContain(SECRET);
});

test("a credential is refused even when it comes first and the rest is broken too", () => {
  expect(refusal(`/api/verify?token=${SECRET}&host=&nonsense=%ZZ`)).toBe(CREDENTIAL_REFUSAL);
});

test.each(["user", "username", "login"])("a %j parameter is not taken by any route", (name) => {
  const message = refusal(`/api/verify?host=smtp.example.com&${name}=ann%40example.com`);
  expect(message).toMatch(/^Unknown parameter "/);
  expect(message).not.toContain("ann@example.com");
});
