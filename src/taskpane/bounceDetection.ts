// Whether the selected message is a non-delivery report the pane should
// explain at once. Exchange marks its own NDRs with the item class
// REPORT.IPM.Note.NDR; bounces written by other servers arrive as ordinary
// messages and are recognised by their sender and subject, as people do.

import type { SelectedItem } from "./office/officeHost.js";

// Local parts that only ever send delivery reports (RFC 5321 section 4.5.1 postmaster, MTAs' daemons).
const BOUNCE_SENDERS = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|microsoftexchange[0-9a-f]*)@/i;

// Subjects of delivery reports, from Exchange, Gmail, Postfix, Exim, qmail, Sendmail and Outlook in English and German.
const BOUNCE_SUBJECTS = [
  /^undeliverable:/i,
  /^unzustellbar:/i,
  /^non remis/i,
  /^no se puede entregar/i,
  /delivery status notification \((failure|delay)\)/i,
  /^undelivered mail returned to sender/i,
  /^mail delivery (failed|failure)/i,
  /^failure notice$/i,
  /^returned mail:/i,
  /^delivery failure/i,
  /^mail delivery subsystem/i,
];

export function isNdrItemClass(itemClass: string | null): boolean {
  return itemClass !== null && /^REPORT\.IPM\.Note\.NDR$/i.test(itemClass.trim());
}

export function looksLikeBounce(item: SelectedItem | null): boolean {
  if (!item) return false;
  if (isNdrItemClass(item.itemClass)) return true;
  const fromDaemon = item.sender !== null && BOUNCE_SENDERS.test(item.sender.trim());
  const bounceSubject =
    item.subject !== null && BOUNCE_SUBJECTS.some((pattern) => pattern.test(item.subject!.trim()));
  // Either is enough to read the body: the explainer then decides whether it recognises a bounce,
  // and the pane shows nothing when it does not.
  return fromDaemon || bounceSubject;
}
