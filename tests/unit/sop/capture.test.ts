import { describe, expect, it } from 'vitest';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { captureAction, pageFamily, type CaptureInput } from '../../../lib/sop/capture';
import { caseProgress, simpleCalendar } from '../../../lib/timing';
import type { StepEvent } from '../../../lib/log/schema';

const ppk = getBuiltinSop('oganilir-04-user-id-ppk')!; // step 4 happens on login, pegawai-list, pegawai-form
const cal = simpleCalendar({ nationalHolidays: false });
const ev = (stepNo: number, finished: boolean): StepEvent => ({ id: `e${stepNo}`, caseId: 'k', stepNo, actor: null, startedAt: '2026-11-23T09:00:00+07:00', finishedAt: finished ? '2026-11-23T09:05:00+07:00' : null, by: null, note: null, verdict: null, decision: null, updatedAt: '2026-11-23T09:00:00+07:00' });
const at = (events: StepEvent[], over: Partial<CaptureInput>): CaptureInput => ({
  sop: ppk,
  pageId: 'pegawai-list',
  progress: caseProgress(ppk, events, cal, '2026-11-23T10:00:00+07:00'),
  currentNo: 4,
  caseStatus: 'open',
  trigger: 'arrive',
  ...over,
});
const firstThree = [ev(1, true), ev(2, true), ev(3, true)];

describe('automatic step capture from the SPSE page', () => {
  it('arriving on the page of the current step starts it; the home page never does', () => {
    expect(captureAction(at(firstThree, {}))).toEqual({ kind: 'start', stepNo: 4 });
    expect(captureAction(at(firstThree, { pageId: 'home' }))).toBeNull();
    expect(captureAction(at(firstThree, { pageId: 'pegawai-form' }))).toBeNull(); // the form starts with the fill
    expect(captureAction(at(firstThree, { pageId: 'auditor-list' }))).toBeNull();
  });

  it('"Isi formulir" on the form starts the fill step', () => {
    expect(captureAction(at(firstThree, { pageId: 'pegawai-form', trigger: 'fill' }))).toEqual({ kind: 'start', stepNo: 4 });
  });

  it('SPSE’s success message finishes the running step and proposes the next; its error keeps it open', () => {
    const running = [...firstThree, ev(4, false)];
    expect(captureAction(at(running, { trigger: 'message', message: { kind: 'success', text: 'Data berhasil disimpan' } }))).toEqual({ kind: 'finish', stepNo: 4, next: 5 });
    expect(captureAction(at(running, { pageId: 'pegawai-form', trigger: 'message', message: { kind: 'error', text: 'Peran wajib diisi' } }))).toEqual({
      kind: 'rejected',
      stepNo: 4,
      text: 'Peran wajib diisi',
    });
    // Arriving again while it runs: nothing.
    expect(captureAction(at(running, {}))).toBeNull();
  });

  it('does nothing on a waiting, done or cancelled case, on unknown pages, or for the applicant’s own steps', () => {
    for (const caseStatus of ['waiting', 'done', 'cancelled'] as const) expect(captureAction(at(firstThree, { caseStatus }))).toBeNull();
    expect(captureAction(at(firstThree, { pageId: 'unknown' }))).toBeNull();
    const penyedia = getBuiltinSop('sarolangun-registrasi-verifikasi-penyedia')!;
    const outsider = penyedia.steps.find((s) => s.actors.every((a) => a === 'penyedia') && s.pages?.length);
    if (outsider) {
      const p = caseProgress(penyedia, [], cal, '2026-11-23T10:00:00+07:00');
      expect(captureAction({ sop: penyedia, pageId: outsider.pages![0], progress: p, currentNo: outsider.no, caseStatus: 'open', trigger: 'arrive' })).toBeNull();
    }
    expect(pageFamily('pegawai-form')).toBe(pageFamily('pegawai-list'));
  });
});
