import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/commands/letter';
import { CliError } from '../../../scripts/cli/args';

function capture() {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return { text: () => out, spy };
}

afterEach(() => vi.restoreAllMocks());

describe('pandu letter parse', () => {
  it('prints the CLI JSON shape for a .txt letter', async () => {
    const c = capture();
    expect(await run(['parse', 'tests/fixtures/letters/02-bpk-pipe.txt', '--json'])).toBe(0);
    const json = JSON.parse(c.text());
    expect(Object.keys(json)).toEqual(['letter', 'people', 'problems']);
    expect(Object.keys(json.letter)).toEqual(['number', 'date', 'sender', 'subject', 'role']);
    expect(json.letter.date).toBe('2026-02-16');
    expect(json.people).toHaveLength(4);
    expect(json.people[0].phone).toBe('+628117170220');
  });

  it('reads .docx and .pdf through extractText', async () => {
    const c = capture();
    await run(['parse', 'tests/fixtures/letters/files/letter.docx', '--json']);
    await run(['parse', 'tests/fixtures/letters/files/letter.pdf']);
    expect(c.text()).toContain('"number": "556/021/Disparbud/2026"');
    expect(c.text()).toContain('Nomor     : 700/061/INSP/2026');
  });

  it('fails with an Indonesian error for a scanned PDF, a missing file and bad usage', async () => {
    await expect(run(['parse', 'tests/fixtures/letters/files/scanned.pdf'])).rejects.toThrow(/pindaian/);
    await expect(run(['parse', 'tidak-ada.txt'])).rejects.toBeInstanceOf(CliError);
    await expect(run(['parse'])).rejects.toMatchObject({ exitCode: 2 });
    await expect(run(['tulis', 'x'])).rejects.toMatchObject({ exitCode: 2 });
  });
});
