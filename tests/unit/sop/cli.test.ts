import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/commands/sop';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { exportSop } from '../../../lib/sop/exportSop';
import { sopSchema } from '../../../lib/sop/schema';

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

describe('pandu sop', () => {
  it('list --json prints one object per SOP with the step fields', async () => {
    const io = capture();
    expect(await run(['list', '--json'])).toBe(0);
    const list = JSON.parse(io.out()) as { id: string; title: string; office: string | null; number: string | null; steps: Record<string, unknown>[] }[];
    expect(list).toHaveLength(10);
    const belitung = list.find((s) => s.id === 'belitung-49-registrasi-user-id-auditor')!;
    expect(belitung).toMatchObject({ number: '49', title: 'Permohonan Registrasi USER ID Auditor pada LPSE' });
    expect(belitung.steps[1]).toMatchObject({
      no: 2,
      actor: 'Helpdesk LPSE',
      requirements: [],
      output: 'Disposisi Surat + Formulir Permintaan Layanan + Form Check List Registrasi',
      duration: { text: '10 menit', min: 10, max: 10, unit: 'minute' },
    });
    expect(Object.keys(belitung.steps[1])).toEqual(expect.arrayContaining(['no', 'activity', 'actor', 'requirements', 'output', 'duration']));
  });

  it('list prints a table', async () => {
    const io = capture();
    expect(await run(['list'])).toBe(0);
    expect(io.out().split('\n')[0]).toMatch(/^ID\s+Nomor\s+Langkah\s+Judul$/);
    expect(io.out()).toContain('kaltim-registrasi-verifikator-helpdesk-admin-agency');
  });

  it('show ID prints one SOP, --json the full record', async () => {
    let io = capture();
    expect(await run(['show', 'oganilir-03-user-id-ulp'])).toBe(0);
    expect(io.out()).toContain('Data permohonan lengkap dan disetujui?');
    vi.restoreAllMocks();
    io = capture();
    expect(await run(['show', 'oganilir-03-user-id-ulp', '--json'])).toBe(0);
    expect(JSON.parse(io.out())).toEqual(getBuiltinSop('oganilir-03-user-id-ulp'));
  });

  it('show of an unknown id fails', async () => {
    capture();
    await expect(run(['show', 'nope'])).rejects.toThrow(/tidak ditemukan/);
  });

  it('validate FILE: 0 and "valid", or 1 with each error on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pandu-sop-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    const sop = structuredClone(getBuiltinSop('oganilir-03-user-id-ulp')!) as unknown as { steps: { duration: { unit: string } }[]; title?: string };
    writeFileSync(good, exportSop(getBuiltinSop('oganilir-03-user-id-ulp')!));
    sop.steps[3].duration.unit = 'week';
    delete sop.title;
    writeFileSync(bad, JSON.stringify(sop));
    let io = capture();
    expect(await run(['validate', good])).toBe(0);
    expect(io.out()).toMatch(/^valid/);
    vi.restoreAllMocks();
    io = capture();
    expect(await run(['validate', bad])).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('title: wajib diisi');
    expect(io.err()).toContain('steps[3].duration.unit: nilai harus salah satu dari minute, hour, day, workday');
  });

  it('unknown subcommand exits 2', async () => {
    const io = capture();
    expect(await run(['frobnicate'])).toBe(2);
    expect(io.err()).toMatch(/tidak dikenal/);
  });

  it('draft --from FILE --json prints the draft in the catalog shape plus problems[] (.txt, .docx, .pdf)', async () => {
    const fixtures = new URL('../../fixtures/sop/', import.meta.url).pathname;
    for (const name of ['helpdesk-pasted.txt', 'files/reset-password.docx', 'files/verifikasi.pdf']) {
      vi.restoreAllMocks();
      const io = capture();
      expect(await run(['draft', '--from', fixtures + name, '--json'])).toBe(0);
      const out = JSON.parse(io.out()) as Record<string, unknown> & { steps: Record<string, unknown>[]; lanes: unknown[]; problems: unknown[] };
      expect(Object.keys(out)).toEqual(expect.arrayContaining(['title', 'number', 'lanes', 'steps', 'problems']));
      expect(out.steps.length).toBeGreaterThanOrEqual(5);
      for (const step of out.steps) {
        expect(Object.keys(step)).toEqual(expect.arrayContaining(['no', 'activity', 'actors', 'requirements', 'duration', 'output', 'kind']));
        expect(Object.keys(step.duration as object)).toEqual(expect.arrayContaining(['text', 'min', 'max', 'unit']));
      }
      const { problems: _p, ...sop } = out;
      expect(sopSchema.safeParse(sop).success, name).toBe(true);
    }
  });

  it('draft of a scanned PDF fails with the OCR message', async () => {
    capture();
    const scanned = new URL('../../fixtures/sop/files/scanned.pdf', import.meta.url).pathname;
    await expect(run(['draft', '--from', scanned, '--json'])).rejects.toThrow(/OCR belum tersedia/);
  });
});
