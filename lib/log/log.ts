import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { z } from 'zod';
import {
  caseSchema,
  pageProfileRecordSchema,
  personSchema,
  recognitionProblemSchema,
  settingsSchema,
  stepEventSchema,
  type Case,
  type LetterMeta,
  type PageProfileRecord,
  type RecognitionProblem,
  type Settings,
  type StepEvent,
  type Verdict,
} from './schema';
import { DEFAULT_DB_NAME, SETTINGS_KEY, openDatabase, putAll, type PanduDB, type StoreName } from './db';
import { LogError, READ_FAILED, WRITE_FAILED, asLogError, parseOrThrow } from './errors';
import { effectiveStepEvents, withDerivedState } from './lifecycle';
import { appendInTx, requireTransition } from './ledger';
import type { CaseEvent } from './schema';
import { calendarFromSettings, stepTiming, type DurationLike, type WorkCalendar } from '../timing';

export type CaseStatus = Case['status'];
export type PersonInput = z.input<typeof personSchema>;

export type NewCase = {
  sopId: string;
  sopVersion?: string;
  letter?: Partial<LetterMeta>;
  people?: PersonInput[];
  /** When the letter was received (default: now). */
  receivedAt?: string;
  assignedTo?: string | null;
  createdBy?: string | null;
  note?: string | null;
  /** Only for imports and tests; new cases get crypto.randomUUID(). */
  id?: string;
};

/** Edits of a case's record. Its status changes only through the ledger (lib/log/ledger). */
export type CasePatch = {
  assignedTo?: string | null;
  people?: PersonInput[];
  letter?: Partial<LetterMeta>;
  note?: string | null;
};

export type CaseFilter = {
  status?: CaseStatus;
  sopId?: string;
  assignedTo?: string;
  /** receivedAt ≥ this instant. */
  receivedFrom?: string;
  /** receivedAt < this instant. */
  receivedTo?: string;
};

export type StartStep = {
  caseId: string;
  stepNo: number;
  /** Default: now. */
  at?: string;
  by?: string | null;
  actor?: string | null;
  note?: string | null;
  id?: string;
  /** Started by Pandu's automatic capture (marked in the log, undoable). */
  auto?: boolean;
  /**
   * Restarting a step that already finished ("ulangi langkah"): the reason is required and the
   * restart is written to the ledger as rework. Without it, a finished step is never started twice.
   */
  redo?: { reason: string };
};

export type FinishStep = {
  caseId: string;
  stepNo: number;
  at?: string;
  by?: string | null;
  note?: string | null;
  decision?: 'yes' | 'no' | null;
  /** The step's mutu baku; the verdict is computed from it with `calendar` (default: the stored settings' calendar). */
  duration?: DurationLike | null;
  calendar?: WorkCalendar;
  /** A verdict decided by the caller (wins over `duration`). */
  verdict?: Verdict | null;
  /** Finished by automatic capture (SPSE's success message): marked in the log, undoable. */
  auto?: boolean;
  /**
   * The finished step ends the SOP (its last step, or an end branch): the case then closes as
   * done by itself, with an automatic `closed` event (lib/sop/locate `finishEndsCase` decides).
   */
  endsCase?: boolean;
};

export type NewProblem = Omit<z.input<typeof recognitionProblemSchema>, 'id' | 'at'> & { id?: string; at?: string };
export type OpenLogOptions = {
  /** IDBKeyRange of the same implementation as the factory (fake-indexeddb's in Node); default the global one. */
  keyRange?: typeof IDBKeyRange;
  /** The clock for createdAt/updatedAt and default instants (tests). */
  now?: () => Date;
};

type Tx<M extends IDBTransactionMode> = IDBPTransaction<PanduDB, StoreName[], M>;

function byStartedAt(a: StepEvent, b: StepEvent): number {
  return Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The repository of everything Pandu records. One instance per open database connection.
 * Every write validates with zod first and rejects with an Indonesian LogError on any failure.
 */
export class Log {
  constructor(
    readonly db: IDBPDatabase<PanduDB>,
    private readonly options: OpenLogOptions = {},
  ) {}

  get name(): string {
    return this.db.name;
  }

  close(): void {
    this.db.close();
  }

  nowIso(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /** Runs `body` in one transaction; the transaction is aborted if `body` throws, and its completion awaited. */
  async transaction<M extends IDBTransactionMode, T>(stores: StoreName[], mode: M, body: (tx: Tx<M>) => Promise<T>): Promise<T> {
    const failPrefix = mode === 'readonly' ? READ_FAILED : WRITE_FAILED;
    let tx: Tx<M>;
    try {
      tx = this.db.transaction(stores, mode) as Tx<M>;
    } catch (err) {
      throw asLogError(err, failPrefix);
    }
    const done = tx.done;
    done.catch(() => undefined); // surfaced below
    try {
      const result = await body(tx);
      await done;
      return result;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        /* already finished or aborted */
      }
      throw asLogError(err, failPrefix);
    }
  }

  // ------------------------------------------------------------------ cases

  async createCase(input: NewCase): Promise<Case> {
    const now = this.nowIso();
    const record = parseOrThrow(
      caseSchema,
      {
        id: input.id ?? crypto.randomUUID(),
        sopId: input.sopId,
        sopVersion: input.sopVersion,
        letter: input.letter ?? {},
        people: input.people ?? [],
        receivedAt: input.receivedAt ?? now,
        status: 'open',
        assignedTo: input.assignedTo ?? null,
        createdBy: input.createdBy ?? null,
        createdAt: now,
        updatedAt: now,
        note: input.note ?? null,
      },
      'Data kasus',
    );
    await this.transaction(['cases'], 'readwrite', async (tx) => {
      await tx.objectStore('cases').add(record);
    });
    return record;
  }

  /** A case with its status and people's done marks derived from its ledger. */
  async getCase(id: string): Promise<Case | undefined> {
    return this.transaction(['cases', 'caseEvents'], 'readonly', async (tx) => {
      const kase = await tx.objectStore('cases').get(id);
      return kase && withDerivedState(kase, await tx.objectStore('caseEvents').index('caseId').getAll(id));
    });
  }

  /** Cases matching the filter, oldest received first. */
  async listCases(filter: CaseFilter = {}): Promise<Case[]> {
    const all = await this.transaction(['cases', 'caseEvents'], 'readonly', async (tx) => {
      const store = tx.objectStore('cases');
      const records = filter.sopId ? await store.index('sopId').getAll(filter.sopId) : await store.getAll();
      const ledger = new Map<string, CaseEvent[]>();
      for (const e of await tx.objectStore('caseEvents').getAll()) {
        const list = ledger.get(e.caseId);
        if (list) list.push(e);
        else ledger.set(e.caseId, [e]);
      }
      return records.map((c) => withDerivedState(c, ledger.get(c.id) ?? []));
    });
    const from = filter.receivedFrom ? Date.parse(filter.receivedFrom) : -Infinity;
    const to = filter.receivedTo ? Date.parse(filter.receivedTo) : Infinity;
    return all
      .filter(
        (c) =>
          (!filter.status || c.status === filter.status) &&
          (!filter.sopId || c.sopId === filter.sopId) &&
          (!filter.assignedTo || c.assignedTo === filter.assignedTo) &&
          Date.parse(c.receivedAt) >= from &&
          Date.parse(c.receivedAt) < to,
      )
      .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || (a.id < b.id ? -1 : 1));
  }

  async updateCase(id: string, patch: CasePatch): Promise<Case> {
    return this.transaction(['cases'], 'readwrite', async (tx) => {
      const store = tx.objectStore('cases');
      const current = await store.get(id);
      if (!current) throw new LogError(`${WRITE_FAILED}: kasus tidak ditemukan (${id})`);
      const next = parseOrThrow(
        caseSchema,
        {
          ...current,
          ...(patch.assignedTo !== undefined && { assignedTo: patch.assignedTo }),
          ...(patch.people !== undefined && { people: patch.people }),
          ...(patch.note !== undefined && { note: patch.note }),
          ...(patch.letter !== undefined && { letter: { ...current.letter, ...patch.letter } }),
          updatedAt: this.nowIso(),
        },
        'Data kasus',
      );
      await store.put(next);
      return next;
    });
  }

  /** Writes many cases as they are (imports); one transaction. */
  async putCases(cases: readonly z.input<typeof caseSchema>[]): Promise<void> {
    const records = cases.map((c) => parseOrThrow(caseSchema, c, 'Data kasus'));
    await this.transaction(['cases'], 'readwrite', async (tx) => {
      putAll(tx.objectStore('cases'), records);
    });
  }

  // ------------------------------------------------------------------ step events

  /** Starts a step of a case. Rejects if the case is unknown or the step is already running. */
  async startStep(input: StartStep): Promise<StepEvent> {
    const at = input.at ?? this.nowIso();
    const record = parseOrThrow(
      stepEventSchema,
      {
        id: input.id ?? crypto.randomUUID(),
        caseId: input.caseId,
        stepNo: input.stepNo,
        actor: input.actor ?? null,
        startedAt: at,
        finishedAt: null,
        by: input.by ?? null,
        note: input.note ?? null,
        ...(input.auto && { auto: true }),
        updatedAt: this.nowIso(),
      },
      'Data langkah',
    );
    return this.transaction(['cases', 'events', 'caseEvents'], 'readwrite', async (tx) => {
      const state = await requireTransition(tx, input.caseId, 'step');
      const events = tx.objectStore('events');
      const mine = effectiveStepEvents(await events.index('caseStep').getAll([input.caseId, input.stepNo]), state.events);
      const running = mine.find((e) => !e.finishedAt);
      if (running) throw new LogError(`${WRITE_FAILED}: langkah ${input.stepNo} sudah berjalan sejak ${running.startedAt}`);
      if (mine.length && !input.redo)
        throw new LogError(`${WRITE_FAILED}: langkah ${input.stepNo} sudah selesai; untuk mengerjakannya lagi pilih "Ulangi langkah" dengan alasan (dihitung sebagai pengerjaan ulang)`);
      if (input.redo) {
        if (!mine.length) throw new LogError(`${WRITE_FAILED}: langkah ${input.stepNo} belum pernah dikerjakan; mulai saja tanpa "ulangi"`);
        const reason = input.redo.reason.trim();
        if (!reason) throw new LogError(`${WRITE_FAILED}: alasan wajib diisi untuk mengulang langkah ${input.stepNo}`);
        await appendInTx(this, tx, state, 'step-redone', { caseId: input.caseId, at, by: input.by ?? null, reason, stepNo: input.stepNo });
      }
      await events.add(record);
      return record;
    });
  }

  /** Finishes the running step and stores its verdict. Rejects if the step was not started. */
  async finishStep(input: FinishStep): Promise<StepEvent> {
    const at = input.at ?? this.nowIso();
    if (!Number.isFinite(Date.parse(at))) throw new LogError(`${WRITE_FAILED}: waktu selesai tidak sah (${at})`);
    return this.transaction(['cases', 'events', 'caseEvents', 'settings'], 'readwrite', async (tx) => {
      const state = await requireTransition(tx, input.caseId, 'step');
      const events = tx.objectStore('events');
      const running = effectiveStepEvents(await events.index('caseStep').getAll([input.caseId, input.stepNo]), state.events)
        .filter((e) => !e.finishedAt)
        .sort(byStartedAt);
      const event = running[running.length - 1];
      if (!event) throw new LogError(`${WRITE_FAILED}: langkah ${input.stepNo} belum dimulai`);
      if (Date.parse(at) < Date.parse(event.startedAt)) throw new LogError(`${WRITE_FAILED}: waktu selesai (${at}) sebelum waktu mulai (${event.startedAt})`);
      let verdict: Verdict | null = input.verdict ?? null;
      if (input.verdict === undefined && input.duration) {
        let cal = input.calendar;
        if (!cal) {
          const stored = await tx.objectStore('settings').get(SETTINGS_KEY);
          cal = calendarFromSettings(settingsSchema.parse(stored ?? {}));
        }
        verdict = stepTiming(cal, input.duration, event.startedAt, at, at).verdict;
      }
      const next = parseOrThrow(
        stepEventSchema,
        {
          ...event,
          finishedAt: at,
          verdict,
          by: input.by !== undefined ? input.by : event.by,
          note: input.note !== undefined ? input.note : event.note,
          decision: input.decision !== undefined ? input.decision : event.decision,
          ...(input.auto && { autoFinished: true }),
          updatedAt: this.nowIso(),
        },
        'Data langkah',
      );
      await events.put(next);
      if (input.endsCase) await appendInTx(this, tx, state, 'closed', { caseId: input.caseId, at, by: next.by, closeStatus: 'done', auto: true, reason: `langkah terakhir (${input.stepNo}) selesai` });
      return next;
    });
  }

  /** Events of one case, in the order they started. */
  async listEvents(caseId: string): Promise<StepEvent[]> {
    const list = await this.transaction(['events'], 'readonly', (tx) => tx.objectStore('events').index('caseId').getAll(caseId));
    return list.sort(byStartedAt);
  }

  async getEvent(id: string): Promise<StepEvent | undefined> {
    return this.transaction(['events'], 'readonly', (tx) => tx.objectStore('events').get(id));
  }

  async countEvents(): Promise<number> {
    return this.transaction(['events'], 'readonly', (tx) => tx.objectStore('events').count());
  }

  /**
   * Every event, in id order, in batches of `batchSize` — one short transaction per batch, so a
   * slow consumer never holds a transaction open and memory stays at one batch.
   */
  async *iterateEvents(batchSize = 1000): AsyncGenerator<StepEvent[]> {
    const KeyRange = this.options.keyRange ?? (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
    let last: string | undefined;
    for (;;) {
      const after = last;
      const batch = await this.transaction(['events'], 'readonly', async (tx) => {
        const store = tx.objectStore('events');
        if (KeyRange) return store.getAll(after === undefined ? undefined : KeyRange.lowerBound(after, true), batchSize);
        // No IDBKeyRange in this environment: walk a cursor from the last key.
        const out: StepEvent[] = [];
        let cursor = await store.openCursor();
        if (cursor && after !== undefined) {
          cursor = await cursor.continue(after);
          if (cursor && cursor.key === after) cursor = await cursor.continue();
        }
        while (cursor && out.length < batchSize) {
          out.push(cursor.value);
          cursor = await cursor.continue();
        }
        return out;
      });
      if (!batch.length) return;
      yield batch;
      last = batch[batch.length - 1].id;
      if (batch.length < batchSize) return;
    }
  }

  /** Every event (small logs; use iterateEvents for large ones). */
  async allEvents(): Promise<StepEvent[]> {
    return this.transaction(['events'], 'readonly', (tx) => tx.objectStore('events').getAll());
  }

  /** Writes many events as they are (imports, merges, benchmarks); one transaction. */
  async putEvents(events: readonly z.input<typeof stepEventSchema>[], options: { validate?: boolean } = {}): Promise<void> {
    const records = options.validate === false ? (events as StepEvent[]) : events.map((e) => parseOrThrow(stepEventSchema, e, 'Data langkah'));
    await this.transaction(['events'], 'readwrite', async (tx) => {
      putAll(tx.objectStore('events'), records);
    });
  }

  // ------------------------------------------------------------------ recognition problems

  async addProblem(input: NewProblem): Promise<RecognitionProblem> {
    const record = parseOrThrow(recognitionProblemSchema, { ...input, id: input.id ?? crypto.randomUUID(), at: input.at ?? this.nowIso() }, 'Data masalah pengenalan');
    await this.transaction(['problems'], 'readwrite', async (tx) => {
      await tx.objectStore('problems').put(record);
    });
    return record;
  }

  /** Problems, oldest first. */
  async listProblems(): Promise<RecognitionProblem[]> {
    const list = await this.transaction(['problems'], 'readonly', (tx) => tx.objectStore('problems').getAll());
    return list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
  }

  // ------------------------------------------------------------------ settings

  /** The stored settings, or null when none were ever saved. */
  async getStoredSettings(): Promise<Settings | null> {
    const stored = await this.transaction(['settings'], 'readonly', (tx) => tx.objectStore('settings').get(SETTINGS_KEY));
    return stored ? settingsSchema.parse(stored) : null;
  }

  /** The settings, with defaults for anything never saved. */
  async getSettings(): Promise<Settings> {
    return (await this.getStoredSettings()) ?? settingsSchema.parse({});
  }

  /** Saves settings: the given fields over the current ones. */
  async putSettings(patch: Partial<z.input<typeof settingsSchema>>): Promise<Settings> {
    return this.transaction(['settings'], 'readwrite', async (tx) => {
      const store = tx.objectStore('settings');
      const current = (await store.get(SETTINGS_KEY)) ?? {};
      const next = parseOrThrow(settingsSchema, { ...current, ...patch }, 'Pengaturan');
      await store.put(next, SETTINGS_KEY);
      return next;
    });
  }

  /** The working calendar of the stored settings. */
  async calendar(): Promise<WorkCalendar> {
    return calendarFromSettings(await this.getSettings());
  }

  // ------------------------------------------------------------------ page profiles

  async putProfile(input: z.input<typeof pageProfileRecordSchema>): Promise<PageProfileRecord> {
    const record = parseOrThrow(pageProfileRecordSchema, input, 'Profil halaman');
    await this.transaction(['profiles'], 'readwrite', async (tx) => {
      await tx.objectStore('profiles').put(record);
    });
    return record;
  }

  async listProfiles(host?: string): Promise<PageProfileRecord[]> {
    return this.transaction(['profiles'], 'readonly', (tx) =>
      host ? tx.objectStore('profiles').index('host').getAll(host) : tx.objectStore('profiles').getAll(),
    );
  }

  async deleteProfile(id: string): Promise<void> {
    await this.transaction(['profiles'], 'readwrite', async (tx) => {
      await tx.objectStore('profiles').delete(id);
    });
  }
}

/**
 * Opens the log. In an extension page or the background: `await openLog()` (the extension
 * origin's IndexedDB). In tests / Node: `openLog(name, new IDBFactory(), { keyRange: IDBKeyRange })`
 * with fake-indexeddb's classes.
 */
export async function openLog(name = DEFAULT_DB_NAME, idbFactory?: IDBFactory, options: OpenLogOptions = {}): Promise<Log> {
  return new Log(await openDatabase(name, idbFactory), options);
}
