// Advice when the recipient's address is at stake. Repeated pieces of advice, kept in one place so every entry says them the same way;
// one small module per theme, so a text group's chunk carries only the advice it uses.

export const CHECK_ADDRESS = "Check the address for typos and ask the recipient for a current one.";

export const OTHER_WAY =
  "Reach the recipient another way (phone, another address) and tell them what the bounce says.";
