import { z } from 'zod';
import { isoDate, isoDateTime, verdictSchema, type Case, type StepEvent } from '../log/schema';
import type { Sop } from '../sop/schema';
import type { OfficeTimeZone } from './dates';
import { parseIsoMs } from './fastdate';
import { caseVerdict, groupEventsByCase, selectCases, type ReportFilter, type ReportFilterInput } from './filter';
import type { Column, Lang, Table } from './table';

/**
 * The agenda book (buku agenda surat masuk): one row per incoming letter (case), in the order
 * the letters were received.
 */

export const agendaRowSchema = z.object({
  /** No urut: 1, 2, 3 ... after filtering. */
  no: z.number().int().positive(),
  caseId: z.string(),
  sopId: z.string(),
  /** Tanggal terima (instant; shown in the office time zone). */
  receivedAt: isoDateTime,
  letterNumber: z.string(),
  letterDate: isoDate.nullable(),
  sender: z.string(),
  subject: z.string(),
  /** Diteruskan kepada (disposisi). */
  forwardedTo: z.string(),
  /** Tindak lanjut / output. */
  followUp: z.string(),
  /** Keterangan. */
  note: z.string(),
  verdict: verdictSchema.nullable(),
});
export type AgendaRow = z.infer<typeof agendaRowSchema>;

export const AGENDA_COLUMNS: readonly Column<AgendaRow>[] = [
  { key: 'no', id: 'No urut', en: 'No.', width: 8, kind: 'int' },
  { key: 'receivedAt', id: 'Tanggal terima', en: 'Received', width: 17, kind: 'datetime' },
  { key: 'letterNumber', id: 'Nomor surat', en: 'Letter number', width: 28, kind: 'text' },
  { key: 'letterDate', id: 'Tanggal surat', en: 'Letter date', width: 13, kind: 'date' },
  { key: 'sender', id: 'Asal surat', en: 'From', width: 30, kind: 'text' },
  { key: 'subject', id: 'Perihal', en: 'Subject', width: 40, kind: 'text' },
  { key: 'forwardedTo', id: 'Diteruskan kepada', en: 'Forwarded to', width: 22, kind: 'text' },
  { key: 'followUp', id: 'Tindak lanjut / output', en: 'Follow-up / output', width: 36, kind: 'text' },
  { key: 'note', id: 'Keterangan', en: 'Remarks', width: 28, kind: 'text' },
];

const STATUS_LABEL: Record<Lang, Record<Case['status'], string>> = {
  id: { open: 'Dalam proses', waiting: 'Menunggu', done: 'Selesai', cancelled: 'Dibatalkan' },
  en: { open: 'In progress', waiting: 'Waiting', done: 'Done', cancelled: 'Cancelled' },
};

export function statusLabel(status: Case['status'], lang: Lang = 'id'): string {
  return STATUS_LABEL[lang][status];
}

export type SopIndex = ReadonlyMap<string, Sop>;

/** SOPs by `id` (the newest version given) and by `id@version` (the version a case uses). */
export function sopIndex(sops: readonly Sop[]): Map<string, Sop> {
  return new Map([...sops.map((s) => [s.id, s] as const), ...sops.map((s) => [`${s.id}@${s.version}`, s] as const)]);
}

const sopOfCase = (sops: SopIndex, c: Pick<Case, 'sopId' | 'sopVersion'>) => sops.get(`${c.sopId}@${c.sopVersion}`) ?? sops.get(c.sopId);

/** The event finished last (null when none is finished). */
export function lastFinished(events: readonly StepEvent[]): StepEvent | null {
  let best: StepEvent | null = null;
  let bestT = -Infinity;
  for (const e of events) {
    if (!e.finishedAt) continue;
    const t = parseIsoMs(e.finishedAt);
    if (t >= bestT) {
      best = e;
      bestT = t;
    }
  }
  return best;
}

/** Tindak lanjut: the output of the SOP step finished last, else the case status. */
export function followUpText(c: Case, events: readonly StepEvent[], sops: SopIndex, lang: Lang = 'id'): string {
  const last = lastFinished(events);
  if (last) {
    const step = sopOfCase(sops, c)?.steps.find((s) => s.no === last.stepNo);
    const output = step?.output.trim();
    if (output) return output;
  }
  return statusLabel(c.status, lang);
}

export type AgendaOptions = {
  sops: readonly Sop[];
  timeZone: OfficeTimeZone;
  filter?: ReportFilterInput | ReportFilter;
  lang?: Lang;
  /** Events already grouped by case (saves a pass when the caller has them). */
  eventsByCase?: ReadonlyMap<string, StepEvent[]>;
};

/** The agenda rows of the cases that pass the filter. */
export function agendaRows(cases: readonly Case[], events: readonly StepEvent[], opts: AgendaOptions): AgendaRow[] {
  const lang = opts.lang ?? 'id';
  const sops = sopIndex(opts.sops);
  const byCase = opts.eventsByCase ?? groupEventsByCase(events);
  const selected = selectCases(cases, byCase, opts.filter ?? {}, opts.timeZone);
  return selected.map(({ case: c, events: evs }, i) => {
    const note = [statusLabel(c.status, lang), c.note?.trim()].filter(Boolean).join(' — ');
    return {
      no: i + 1,
      caseId: c.id,
      sopId: c.sopId,
      receivedAt: c.receivedAt,
      letterNumber: c.letter.number ?? '',
      letterDate: c.letter.date,
      sender: c.letter.sender ?? '',
      subject: c.letter.subject ?? '',
      forwardedTo: c.assignedTo ?? '',
      followUp: followUpText(c, evs, sops, lang),
      note,
      verdict: caseVerdict(evs),
    };
  });
}

export function agendaTable(rows: readonly AgendaRow[]): Table<AgendaRow> {
  return { title: { id: 'Buku Agenda Surat Masuk', en: 'Incoming letters register' }, columns: AGENDA_COLUMNS, rows };
}
