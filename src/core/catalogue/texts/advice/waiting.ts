// Advice when nothing in Outlook is to blame or nothing is to do yet. Repeated pieces of advice, kept in one place so every entry says them the same way;
// one small module per theme, so a text group's chunk carries only the advice it uses.

export const NOTHING_IN_OUTLOOK =
  "Nothing in Outlook's account settings causes this: leave them as they are.";

export const WAIT_RETRY =
  "Nothing to do yet: the sending server keeps retrying and reports if it finally gives up.";
