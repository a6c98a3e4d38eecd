import { caseSchema, stepEventSchema, type Case, type StepEvent } from '../../../lib/log/schema';
import { parseDuration } from '../../../lib/sop/duration';
import type { Sop } from '../../../lib/sop/schema';

/** A small SOP for report tests: 30-minute, 2-workday, 3-day and no-standard steps. */
export const TEST_SOP: Sop = {
  id: 'uji-01-pendaftaran-auditor',
  version: '1',
  source: { seed: 'test' },
  number: '01/SOP/LPSE/2026',
  office: 'LPSE Uji',
  title: 'Pendaftaran Akun Auditor',
  madeAt: null,
  revisedAt: null,
  approvedAt: null,
  approvedBy: null,
  legalBasis: [],
  qualifications: [],
  related: [],
  equipment: [],
  warnings: [],
  recording: [],
  lanes: [
    { id: 'admin-ppe', name: 'Admin PPE' },
    { id: 'kepala-lpse', name: 'Kepala LPSE' },
  ],
  steps: [
    { no: 1, activity: 'Menerima surat permohonan', actors: ['admin-ppe'], requirements: [], duration: parseDuration('30 menit'), output: 'Surat tercatat', marker: 'start', kind: 'process' },
    { no: 2, activity: 'Verifikasi dokumen', actors: ['admin-ppe'], requirements: [], duration: parseDuration('2 hari kerja'), output: 'Dokumen terverifikasi', marker: null, kind: 'process' },
    { no: 3, activity: 'Persetujuan kepala', actors: ['kepala-lpse'], requirements: [], duration: parseDuration('3 hari'), output: 'Disposisi disetujui', marker: null, kind: 'process' },
    { no: 4, activity: 'Membuat akun', actors: ['admin-ppe'], requirements: [], duration: parseDuration('-'), output: 'Akun auditor aktif', marker: 'end', kind: 'process' },
  ],
  gaps: [],
};

let seq = 0;

export function mkCase(id: string, over: Partial<Omit<Case, 'letter'>> & { letter?: Partial<Case['letter']> } = {}): Case {
  const { letter, ...rest } = over;
  return caseSchema.parse({
    id,
    sopId: TEST_SOP.id,
    letter: { number: `800/${id}/2026`, date: '2026-03-01', sender: 'Inspektorat Kabupaten', subject: 'Permohonan akun auditor', ...letter },
    receivedAt: '2026-03-02T08:00:00+07:00',
    createdAt: '2026-03-02T08:00:00+07:00',
    updatedAt: '2026-03-02T08:00:00+07:00',
    ...rest,
  });
}

export function mkEvent(caseId: string, stepNo: number, startedAt: string, finishedAt: string | null, over: Partial<StepEvent> = {}): StepEvent {
  seq++;
  return stepEventSchema.parse({
    id: `ev-${seq}`,
    caseId,
    stepNo,
    actor: TEST_SOP.steps.find((s) => s.no === stepNo)?.actors[0] ?? null,
    startedAt,
    finishedAt,
    by: 'Sari',
    updatedAt: finishedAt ?? startedAt,
    ...over,
  });
}
