/**
 * The link the app last put on the clipboard ("Copy link"), so that "Next person" and help-desk
 * mode's automatic clear can take the last person's answers off it. Kept in memory only; the
 * clipboard is emptied only if the app wrote to it (it cannot read it without asking).
 */
let written = false;

export async function copyToClipboard(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  written = true;
}

export async function clearCopied(): Promise<void> {
  if (!written) return;
  written = false;
  try {
    await navigator.clipboard.writeText('');
  } catch {
    // Refused (the page lost focus): nothing more the app can do.
  }
}
