// Advice about the sending domain's mail records. Repeated pieces of advice, kept in one place so every entry says them the same way;
// one small module per theme, so a text group's chunk carries only the advice it uses.

export const CHECK_DOMAIN =
  "Check your domain's mail records with `outbox-doctor domain <your domain>` (SPF, DMARC, MX).";
