/**
 * A letter arriving in one go (pasted, dropped, or inserted by an assistive tool) — not typed:
 * the letter box was empty, one input event brought a multi-line text of some length. Then the
 * panel reads it at once, with no "Baca surat" press (issue 16 item 7). Typing never triggers it
 * (one character per event), nor does a program setting the value (no input type).
 */
const WHOLE_INSERTS = new Set(['insertFromPaste', 'insertFromPasteAsQuotation', 'insertFromDrop', 'insertText', 'insertReplacementText']);
export const MIN_PASTED_LETTER_CHARS = 40;

export function looksLikePastedLetter(before: string, after: string, inputType: string | undefined): boolean {
  if (!inputType || !WHOLE_INSERTS.has(inputType)) return false;
  if (before.trim() !== '') return false;
  const text = after.trim();
  return text.length >= MIN_PASTED_LETTER_CHARS && /\r?\n/.test(text);
}

/** The input type of a React change event's native event (InputEvent), if any. */
export function inputTypeOf(e: { nativeEvent?: unknown }): string | undefined {
  const native = e.nativeEvent as { inputType?: unknown } | undefined;
  return typeof native?.inputType === 'string' ? native.inputType : undefined;
}
