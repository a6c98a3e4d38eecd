/**
 * A form's check boxes, typed or as a scan's text gives them after repair (scan-text.ts writes a
 * recognised box as "[x]" or "[ ]"): the options ticked say what is asked, the empty ones say nothing.
 *   ticked: [x] [X] [v] [✓] (x) (✓) ☑ ☒ ✓ ✔ √ ■
 *   empty:  [ ] [] ( ) () ☐ □
 */
const TICK = '[xXvV✓✔√]';
/** In round brackets a "v" is more likely a list's Roman five ("(v)") than a tick. */
const ROUND_TICK = '[xX✓✔√]';
const TICKED_BOX = String.raw`(?:\[\s*${TICK}\s*\]|\(\s*${ROUND_TICK}\s*\)|[☑☒✓✔■])`;
const EMPTY_BOX = String.raw`(?:[[(]\s*[\])]|[☐□])`;
/** An option's text: up to the next box, bracket or line end. */
const OPTION_TEXT = String.raw`[^[\]()☐☑☒□■✓✔\n]`;

/** Any check box ("[x]", "( )", "☐", an unclosed "[ " of a box a line cut): a line of options, not an answer. */
export const CHECK_BOX = new RegExp(String.raw`\[[^\]\n]{0,3}\]|\[\s|\(\s*${ROUND_TICK}?\s*\)|[☐☑☒□■]`);

/** The text of every ticked option in `text`, joined by spaces ("" when none). */
export function tickedOptions(text: string): string {
  return [...text.matchAll(new RegExp(String.raw`${TICKED_BOX}\s*(${OPTION_TEXT}+)`, 'g'))].map((m) => m[1]).join(' ');
}

/** `text` with every empty box and its option's text taken out. */
export function withoutEmptyOptions(text: string): string {
  return text.replace(new RegExp(String.raw`${EMPTY_BOX}\s*${OPTION_TEXT}*`, 'g'), ' ');
}
