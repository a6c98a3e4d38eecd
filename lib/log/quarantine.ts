import { z } from 'zod';
import { caseEventSchema, caseSchema, pageProfileRecordSchema, recognitionProblemSchema, settingsSchema, stepEventSchema } from './schema';
import { formatPath, zodMessageId } from './errors';
import type { Log } from './log';

/**
 * Records that no longer pass their schema (an old database after an upgrade, limits that got
 * stricter, a record written by an older version) are never hidden and never exported as they
 * are: a certain repair is applied (missing timestamps filled from the record's own dates,
 * defaults for fields added later); anything else is moved, whole and unchanged, to the
 * `quarantine` store with the reasons in Indonesian. The report page lists them; a backup holds
 * only records that restore accepts.
 */

export const QUARANTINE_STORE = 'quarantine';
/** The stores whose records are checked (settings is one record under its own key). */
export const CHECKED_STORES = ['cases', 'events', 'caseEvents', 'problems', 'profiles', 'settings'] as const;
export type CheckedStore = (typeof CHECKED_STORES)[number];

export const quarantineRecordSchema = z.object({
  /** `<store>:<key>@<at>` (a record set aside twice keeps both copies). */
  id: z.string(),
  store: z.enum(CHECKED_STORES),
  key: z.string(),
  /** Why the record was set aside (Indonesian, naming the fields). */
  reasons: z.array(z.string()),
  /** When it was set aside. */
  at: z.string(),
  /** The record exactly as it was stored. */
  record: z.unknown(),
});
export type QuarantineRecord = z.infer<typeof quarantineRecordSchema>;

/** What every quarantined record means, for the report page. */
export const QUARANTINE_EXPLANATION = {
  id: 'Catatan ini tersimpan oleh versi Pandu yang lebih lama atau rusak, dan tidak lolos pemeriksaan sekarang. Pandu tidak menghapusnya dan tidak memperbaikinya dengan menebak: catatan disisihkan di sini apa adanya, tidak ikut laporan maupun cadangan. Periksa alasannya, lalu catat ulang kasus/langkah yang benar bila perlu.',
  en: 'These records were stored by an older or damaged Pandu and no longer pass today\'s checks. Pandu neither deletes them nor guesses a fix: they are set aside here as they were, left out of reports and backups. Check the reasons and record the case/step again if needed.',
} as const;

type Check = { ok: true; value: unknown; repaired: boolean } | { ok: false; reasons: string[] };

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

const SCHEMAS = {
  cases: caseSchema,
  events: stepEventSchema,
  caseEvents: caseEventSchema,
  problems: recognitionProblemSchema,
  profiles: pageProfileRecordSchema,
  settings: settingsSchema,
} as const;

/** The certain repairs: timestamps a v1 record may lack, taken from the record's own dates. */
function withCertainRepairs(store: CheckedStore, raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  if (store === 'cases') return { createdAt: r.receivedAt, updatedAt: r.createdAt ?? r.receivedAt, ...r };
  if (store === 'events') return { updatedAt: r.finishedAt ?? r.startedAt, ...r };
  return raw;
}

/** Checks one stored record: valid (maybe repaired, defaults filled) or the reasons it is not. */
export function checkRecord(store: CheckedStore, raw: unknown): Check {
  const r = SCHEMAS[store].safeParse(withCertainRepairs(store, raw), { error: (iss) => zodMessageId(iss) });
  if (!r.success) return { ok: false, reasons: issues(r.error) };
  if (store === 'events') {
    const e = r.data as z.infer<typeof stepEventSchema>;
    if (e.finishedAt !== null && Date.parse(e.finishedAt) < Date.parse(e.startedAt))
      return { ok: false, reasons: [`finishedAt: waktu selesai (${e.finishedAt}) sebelum waktu mulai (${e.startedAt})`] };
  }
  return { ok: true, value: r.data, repaired: JSON.stringify(r.data) !== JSON.stringify(raw) };
}

/** The minimal store API both the upgrade transaction and a normal one offer (idb-wrapped). */
type Cursor = { key: IDBValidKey; value: unknown; update(v: unknown): Promise<unknown>; delete(): Promise<void>; continue(): Promise<Cursor | null> };
type AnyStore = { openCursor(): Promise<Cursor | null>; put(v: unknown, key?: IDBValidKey): Promise<unknown> };
export type QuarantineTx = { objectStore(name: string): AnyStore };

export type QuarantineSummary = { repaired: number; quarantined: number };

/**
 * Repairs or quarantines every stored record that fails its schema, inside `tx` (which must
 * cover the checked stores and the quarantine store, readwrite). Events whose case is gone or
 * quarantined follow their case, and so do ledger events (a backup must never hold an event without its case).
 */
export async function quarantineInvalid(tx: QuarantineTx, nowIso: string): Promise<QuarantineSummary> {
  const summary: QuarantineSummary = { repaired: 0, quarantined: 0 };
  const quarantine = tx.objectStore(QUARANTINE_STORE);
  const caseIds = new Set<string>();
  for (const store of CHECKED_STORES) {
    let target: AnyStore;
    try {
      target = tx.objectStore(store);
    } catch {
      continue; // a store a later version creates (caseEvents, version 4): nothing in it yet
    }
    for (let cursor = await target.openCursor(); cursor; cursor = await cursor.continue()) {
      let check = checkRecord(store, cursor.value);
      if (check.ok && (store === 'events' || store === 'caseEvents')) {
        const caseId = (check.value as { caseId: string }).caseId;
        if (!caseIds.has(caseId)) check = { ok: false, reasons: [`caseId: kasus ${caseId} tidak ada atau ikut dikarantina`] };
      }
      if (check.ok) {
        if (store === 'cases') caseIds.add((check.value as { id: string }).id);
        if (check.repaired) {
          await cursor.update(check.value);
          summary.repaired++;
        }
        continue;
      }
      const key = String(cursor.key);
      await quarantine.put({ id: `${store}:${key}@${nowIso}`, store, key, reasons: check.reasons, at: nowIso, record: cursor.value } satisfies QuarantineRecord);
      await cursor.delete();
      summary.quarantined++;
    }
  }
  return summary;
}

/** Every quarantined record, oldest first (for the report page). */
export async function listQuarantine(log: Log): Promise<QuarantineRecord[]> {
  const list = await log.transaction([QUARANTINE_STORE], 'readonly', (tx) => tx.objectStore(QUARANTINE_STORE).getAll());
  return list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/** Runs the repair-or-quarantine pass over the whole log, in one transaction. */
export async function quarantineLog(log: Log): Promise<QuarantineSummary> {
  return log.transaction([...CHECKED_STORES, QUARANTINE_STORE], 'readwrite', (tx) => quarantineInvalid(tx as unknown as QuarantineTx, log.nowIso()));
}
