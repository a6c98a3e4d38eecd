import { describe, expect, it } from 'vitest';
import { looksLikePastedLetter } from '../../../lib/letter/paste';

const LETTER = 'Nomor : 700/045/INSP/2026\nPerihal : Permohonan Registrasi User ID Auditor\nNama : Agus';

describe('a letter arriving in one go (issue 16 item 7)', () => {
  it('is a paste, a drop or one whole insertion of a multi-line text into an empty box', () => {
    for (const type of ['insertFromPaste', 'insertFromDrop', 'insertText', 'insertReplacementText']) expect(looksLikePastedLetter('', LETTER, type), type).toBe(true);
    expect(looksLikePastedLetter('  \n', LETTER, 'insertFromPaste')).toBe(true);
  });

  it('is not typing, a short or one-line text, a box that had text, or a value set by a program', () => {
    expect(looksLikePastedLetter('', 'N', 'insertText')).toBe(false);
    expect(looksLikePastedLetter('Nomor : 700/045/INSP/202', LETTER, 'insertText')).toBe(false);
    expect(looksLikePastedLetter('', 'Nomor : 700/045/INSP/2026 Perihal : Permohonan Registrasi', 'insertFromPaste')).toBe(false);
    expect(looksLikePastedLetter('', 'a\nb', 'insertFromPaste')).toBe(false);
    expect(looksLikePastedLetter('', LETTER, undefined)).toBe(false);
    expect(looksLikePastedLetter('', LETTER, 'deleteContentBackward')).toBe(false);
  });
});
