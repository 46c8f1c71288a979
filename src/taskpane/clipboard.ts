// Copy to clipboard for the add-in frame. The hidden-textarea execCommand path
// comes first because Outlook on the web blocks navigator.clipboard inside
// add-in iframes (no clipboard-write permission is delegated to the frame);
// the async Clipboard API is the fallback for browsers that dropped execCommand.

function copyWithSelection(text: string): boolean {
  if (typeof document.execCommand !== "function") return false;
  const textarea = document.createElement("textarea");
  textarea.value = text;
  textarea.setAttribute("readonly", "");
  textarea.setAttribute("aria-hidden", "true");
  // Off-screen rather than display:none, which cannot be selected.
  textarea.style.position = "fixed";
  textarea.style.top = "-1000px";
  textarea.style.opacity = "0";
  const focused = document.activeElement as HTMLElement | null;
  document.body.appendChild(textarea);
  try {
    // Some hosts copy only a focused selection.
    textarea.focus();
    textarea.select();
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    textarea.remove();
    focused?.focus();
  }
}

/** Copies text; resolves true when one of the two ways reported success. */
export async function copyText(text: string): Promise<boolean> {
  if (copyWithSelection(text)) return true;
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
