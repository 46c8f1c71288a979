// English texts of the catalogue entries whose reason is auth-required, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { PORT_AND_ENCRYPTION } from "./advice/outlookSettings.js";
import { REQUIRE_AUTH, ENABLE_SMTP_AUTH } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "5.7.57": {
    title: "Client not authenticated to send mail (Microsoft 365)",
    cause:
      "The app or device sent MAIL FROM without signing in first, so Microsoft 365 treats it as anonymous and refuses it.",
    fix: [
      REQUIRE_AUTH,
      "Use smtp.office365.com on port 587 with STARTTLS: Microsoft offers sign-in only after STARTTLS.",
      ENABLE_SMTP_AUTH,
      "Devices that cannot sign in: use direct send to <tenant>.mail.protection.outlook.com:25 (internal recipients only) or SMTP relay through a connector.",
    ],
  },
  "530": {
    title: "Authentication or encryption required",
    cause: "The server accepts mail only after sign-in, and often only after STARTTLS.",
    fix: [REQUIRE_AUTH, PORT_AND_ENCRYPTION],
  },
};
