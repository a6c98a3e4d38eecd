import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * Table rows as the layout gives them (tab-separated cells, one row a line): a next row never
 * read into the one above, and a cell that holds two records' values flagged, never silent.
 */
const flagged = (r: ReturnType<typeof parseLetter>, field: string) => r.problems.some((p) => p.field === field || field.startsWith(`${p.field}.`) || p.field.startsWith(`${field}.`));
const letter = (...rows: string[]) => ['Dengan hormat, mohon dibuatkan akun SPSE bagi pegawai berikut:', '', ...rows, '', 'Demikian kami sampaikan.'].join('\n');

describe('table rows', () => {
  it('starts a new record at a row with its own NIP and e-mail even when the name above ended in a comma (its number column unread)', () => {
    const r = parseLetter(
      letter(
        'N\tNama\tNIP\tJabatan\tEmail\tTelepon',
        '1\tDr. Hendra Lubis, S.E.\t197605102000031003\tPengendali Mutu\thendra.lubis@contoh.go.id\t0811-401-7723',
        '2\tRatna Dewi, S.E.,\t198102142003122001\tPengendali Teknis\tratna.dewi@contoh.go.id\t0812-4505-2290',
        '3\tLa Ode Haerun, S.E.\t198809232010121002\tKetua Tim\thaerun@contoh.go.id\t0823-4877-0916',
      ),
    );
    expect(r.people.map((p) => p.name)).toEqual(['Dr. Hendra Lubis, S.E.', 'Ratna Dewi, S.E.', 'La Ode Haerun, S.E.']);
    // The name that ended in a comma went on nowhere: its last title may be lost.
    expect(flagged(r, 'people[1].name')).toBe(true);
    expect(flagged(r, 'people[2].name')).toBe(false);
    expect(r.people.map((p) => p.nip)).toEqual(['197605102000031003', '198102142003122001', '198809232010121002']);
    expect(r.people[2].email).toBe('haerun@contoh.go.id');
  });

  it('flags a cell holding two e-mails or two phone numbers (two records read as one)', () => {
    const r = parseLetter(
      letter(
        'No\tNama\tNIP\tJabatan\tEmail\tTelepon',
        '1\tRatna Dewi, S.E.\t198102142003122001\tPengendali Teknis\tratna.dewi@contoh.go.id haerun@contoh.go.id\t0812-4505-2290',
        '2\tPutu Ayu, S.Ak.\t199605182019022003\tAnggota Tim\tputu@contoh.go.id\t0813-3811-6024 0823-4877-0916',
      ),
    );
    expect(r.people).toHaveLength(2);
    expect(flagged(r, 'people[0].email')).toBe(true);
    expect(flagged(r, 'people[1].phone')).toBe(true);
  });
});
