import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter/parse';
import { LetterTooLongError, MAX_LETTER_CHARS } from '../../../lib/letter/limits';

/** One paragraph naming `n` people in prose (the shape that made parsing quadratic). */
function prose(n: number): string {
  const people: string[] = [];
  for (let i = 0; i < n; i++)
    people.push(`atas nama Budi Santoso, S.E., NIP 198503${String(10 + (i % 18)).padStart(2, '0')} 201001 1 ${String(i % 1000).padStart(3, '0')}, email budi${i}@contoh.go.id, HP 0812345${String(i).padStart(5, '0')}, selaku PPK`);
  return `Nomor : 800/12/ITDA/2026\nPerihal : Permohonan akun SPSE\n\nDengan hormat,\nBersama ini kami mengusulkan ${people.join('; ')}.\n\nDemikian.\n`;
}

/** A numbered list of `n` people. */
function items(n: number): string {
  const people: string[] = [];
  for (let i = 0; i < n; i++) people.push(`${(i % 99) + 1}. Budi Santoso, S.E., NIP 19850315 201001 1 ${String(i % 1000).padStart(3, '0')}, Kepala Bidang, budi${i}@contoh.go.id, 0812345${String(i).padStart(5, '0')}`);
  return `Nomor : 800/12/ITDA/2026\nPerihal : Permohonan akun SPSE\n\nDengan hormat,\n${people.join('\n')}\n\nDemikian.\n`;
}

/** The largest n whose letter fits in `chars`. */
function sized(gen: (n: number) => string, chars: number): string {
  let n = 1;
  while (gen(n * 2).length <= chars) n *= 2;
  let step = n;
  while ((step >>= 1) > 0) if (gen(n + step).length <= chars) n += step;
  return gen(n);
}

/** Best of several runs of each text, interleaved so that a busy moment hits both alike (the machine is shared). */
function bestTimes(texts: string[]): number[] {
  const best = texts.map(() => Infinity);
  for (let k = 0; k < 7; k++) {
    texts.forEach((text, i) => {
      const t0 = performance.now();
      parseLetter(text);
      best[i] = Math.min(best[i], performance.now() - t0);
    });
  }
  return best;
}

describe('letter parsing is linear and capped (issue 11 item 3)', () => {
  it.each([
    ['prose', prose],
    ['numbered items', items],
  ] as const)('a 200 KB letter (%s) parses in well under a second; half the size takes about half the time', { retry: 2, timeout: 60_000 }, (_name, gen) => {
    const full = sized(gen, MAX_LETTER_CHARS);
    const half = sized(gen, MAX_LETTER_CHARS / 2);
    expect(full.length).toBeGreaterThan(MAX_LETTER_CHARS * 0.99);
    const people = parseLetter(full).people.length;
    expect(people).toBeGreaterThan(1500);
    const [tFull, tHalf] = bestTimes([full, half]);
    expect(tFull).toBeLessThan(1000);
    // Linear: doubling the input roughly doubles the time (quadratic would be 4x; before the fix
    // the prose letter took ~40x). The margin absorbs the noise of a shared machine.
    expect(tFull / Math.max(tHalf, 1)).toBeLessThan(3.5);
  });

  it('refuses text over the cap with an Indonesian message, for every caller', () => {
    const text = 'a'.repeat(MAX_LETTER_CHARS + 1);
    expect(() => parseLetter(text)).toThrow(LetterTooLongError);
    expect(() => parseLetter(text)).toThrow(/Teks surat terlalu panjang: .* \(paling banyak 200\.000\)/);
    expect(() => parseLetter('a'.repeat(MAX_LETTER_CHARS))).not.toThrow();
  });
});
