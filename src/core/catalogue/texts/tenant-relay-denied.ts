// English texts of the catalogue entries whose reason is tenant-relay-denied, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "5.7.64": {
    title: "TenantAttribution: relay access denied (Microsoft 365)",
    cause:
      "Microsoft 365 could not tie the sending server to your tenant: the inbound connector's IP address or certificate name no longer matches the server, or the sender domain is not an accepted domain.",
    fix: [
      "Update the inbound connector (Exchange admin center > Mail flow > Connectors) to the server's current public IP address or certificate name.",
      "Hybrid setups: rerun the Hybrid Configuration Wizard and pick the renewed certificate.",
      "Make sure the MAIL FROM domain or the certificate's domain is an accepted domain of the tenant.",
    ],
  },
};
