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
        '3\tMarthen Wowor\t198502142010011012\tAnggota Tim\tmarthen@contoh.go.id\t0813-3811-6025 / 0823-4877-0917',
        '4\tLidya Rompas\t199003172015032004\tAnggota Tim\tlidya@contoh.go.id\t0852-4410-7781',
      ),
    );
    expect(r.people).toHaveLength(4);
    expect(flagged(r, 'people[0].email')).toBe(true);
    expect(flagged(r, 'people[1].phone')).toBe(true);
    expect(r.people[2].phone).toBe('+6281338116025');
    expect(flagged(r, 'people[2].phone')).toBe(true);
    expect(flagged(r, 'people[3].phone')).toBe(false);
  });

  it('starts a new record at a row with its own whole NIP whose number the reader lost, when the record above has its NIP (flagged)', () => {
    const r = parseLetter(
      letter(
        'No\tNama\tNIP\tJabatan\tEmail',
        '1\tYohanes Kurniawan, S.H.\t19880412 201402 1 003\tAnalis Kebijakan\tyohanes@contoh.go.id',
        '\tWulan Sari, S.E.\t19950807 201903 2 006\tBendahara\twulan@contoh.go.id',
        '3\tMarthen Wowor\t19850214 201001 1 012\tKepala Seksi\tmarthen@contoh.go.id',
      ),
    );
    expect(r.people.map((p) => p.nip)).toEqual(['198804122014021003', '199508072019032006', '198502142010011012']);
    expect(r.people.map((p) => p.email)).toEqual(['yohanes@contoh.go.id', 'wulan@contoh.go.id', 'marthen@contoh.go.id']);
    expect(flagged(r, 'people[1].name')).toBe(true);
    expect(flagged(r, 'people[2].name')).toBe(false);
  });

  it('flags a NIP cell holding two NIPs (two records read as one), never takes the first silently', () => {
    const r = parseLetter(
      letter(
        'No\tNama\tNIP\tJabatan',
        '1\tYohanes Kurniawan, S.H.\t198804122014021003 199508072019032006\tAnalis Kebijakan',
        '2\tMarthen Wowor\t19850214 201001 1 012\tKepala Seksi',
      ),
    );
    expect(flagged(r, 'people[0].nip')).toBe(true);
    expect(flagged(r, 'people[1].nip')).toBe(false);
  });
});
