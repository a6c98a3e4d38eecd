import { z } from 'zod';
import { caseEventSchema, caseSchema, stepEventSchema, type Case, type CaseEvent, type StepEvent } from '../log/schema';
import { canonicalJson } from '../log/backup';

/**
 * How the log maps to CouchDB documents.
 *
 * Every version of a record is its own immutable document whose id and revision are derived from
 * the record's content: `case:<id>:<hash>` / `event:<id>:<hash>` / `ledger:<id>:<hash>` (a case
 * event of the lifecycle ledger: held, closed, reopened, …), revision `1-<hash>`. The same
 * version written twice is the same document (idempotent: a repeated push adds nothing); two
 * different versions never share an id (conflict-free by construction: no document is ever
 * updated). A record's current state is the version latest in event order (`updatedAt`, then a
 * finished step over a running one, then the hash), the same on every device. Ledger events are
 * append-only (one version each); a case's status travels as its ledger and is derived on reading
 * (lib/log/lifecycle), never as a rewritten case record.
 */

export const SYNC_KINDS = ['case', 'event', 'ledger'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** The user name stamped on each document: who wrote it (the CouchDB user). */
const staffName = z.string().min(1, 'staff wajib diisi').max(200);

const caseDocBody = z.object({ type: z.literal('case'), staff: staffName, record: caseSchema });
const eventDocBody = z.object({ type: z.literal('event'), staff: staffName, record: stepEventSchema });
const ledgerDocBody = z.object({ type: z.literal('ledger'), staff: staffName, record: caseEventSchema });
export const syncDocBodySchema = z.discriminatedUnion('type', [caseDocBody, eventDocBody, ledgerDocBody]);
export type SyncDocBody = z.infer<typeof syncDocBodySchema>;

export type SyncDoc = SyncDocBody & { _id: string; _rev: string };

/** A record version as it travels: kind, record, its author and content hash. */
export type RecordVersion =
  | { kind: 'case'; record: Case; staff: string; hash: string }
  | { kind: 'event'; record: StepEvent; staff: string; hash: string }
  | { kind: 'ledger'; record: CaseEvent; staff: string; hash: string };
export type VersionOf<K extends SyncKind> = Extract<RecordVersion, { kind: K }>;

const HEX = '0123456789abcdef';

/** SHA-256 of the canonical JSON of a record, first 128 bits in hex (32 characters). */
export async function contentHash(record: unknown): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(record))));
  let out = '';
  for (let i = 0; i < 16; i++) out += HEX[bytes[i] >> 4] + HEX[bytes[i] & 15];
  return out;
}

export function docId(kind: SyncKind, recordId: string, hash: string): string {
  return `${kind}:${recordId}:${hash}`;
}

/** The document of one record version (deterministic: same record → same id and revision). */
export async function toDoc(kind: 'case', record: Case, staff: string): Promise<SyncDoc>;
export async function toDoc(kind: 'event', record: StepEvent, staff: string): Promise<SyncDoc>;
export async function toDoc(kind: 'ledger', record: CaseEvent, staff: string): Promise<SyncDoc>;
export async function toDoc(kind: SyncKind, record: Case | StepEvent | CaseEvent, staff: string): Promise<SyncDoc> {
  const hash = await contentHash(record);
  return { _id: docId(kind, record.id, hash), _rev: `1-${hash}`, type: kind, staff, record } as SyncDoc;
}

export type DocReadResult = { ok: true; version: RecordVersion } | { ok: false; id: string; reason: string };

/**
 * Reads a document from the server back into a record version. Design documents and anything
 * that does not match the schema (or whose id does not match its content) are reported, never
 * imported.
 */
export async function fromDoc(doc: unknown): Promise<DocReadResult> {
  const id = (doc as { _id?: unknown } | null)?._id;
  const idText = typeof id === 'string' ? id : '(tanpa _id)';
  const parsed = syncDocBodySchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, id: idText, reason: `${issue.path.join('.') || '(dokumen)'}: ${issue.message}` };
  }
  const body = parsed.data;
  const hash = await contentHash(body.record);
  if (idText !== docId(body.type, body.record.id, hash)) return { ok: false, id: idText, reason: '_id tidak cocok dengan isi catatan' };
  return { ok: true, version: { kind: body.type, record: body.record, staff: body.staff, hash } as RecordVersion };
}

/** Event order of two versions of one record: later `updatedAt` wins, then the larger hash. */
type Versioned = { record: { updatedAt: string; finishedAt?: string | null }; hash: string };
export function laterVersion<A extends Versioned, B extends Versioned>(a: A, b: B): A | B {
  const ta = Date.parse(a.record.updatedAt);
  const tb = Date.parse(b.record.updatedAt);
  if (ta !== tb) return tb > ta ? b : a;
  // Same instant: a finished step is later than the same step still running.
  const fa = a.record.finishedAt ? 1 : 0;
  const fb = b.record.finishedAt ? 1 : 0;
  if (fa !== fb) return fb > fa ? b : a;
  return b.hash > a.hash ? b : a;
}

/** A fast fingerprint of a record's content (FNV-1a, 32 bits, of the canonical JSON): tells a changed record from a sent one without hashing everything with SHA-256. */
export function fingerprint(record: unknown): string {
  const text = canonicalJson(record);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length.toString(36)}.${(h >>> 0).toString(36)}`;
}

/** Two versions of one ledger event (never expected: it is written once): the later written, then the larger hash. */
function laterLedgerVersion(a: VersionOf<'ledger'>, b: VersionOf<'ledger'>): VersionOf<'ledger'> {
  const ta = Date.parse(a.record.recordedAt);
  const tb = Date.parse(b.record.recordedAt);
  if (ta !== tb) return tb > ta ? b : a;
  return b.hash > a.hash ? b : a;
}

export type CurrentVersions = { cases: Map<string, VersionOf<'case'>>; events: Map<string, VersionOf<'event'>>; ledger: Map<string, VersionOf<'ledger'>> };

/** The current version of each record among many versions (any order in, one per record out). */
export function currentVersions(versions: Iterable<RecordVersion>): CurrentVersions {
  const out: CurrentVersions = { cases: new Map(), events: new Map(), ledger: new Map() };
  for (const v of versions) {
    if (v.kind === 'ledger') {
      const seen = out.ledger.get(v.record.id);
      out.ledger.set(v.record.id, seen ? laterLedgerVersion(seen, v) : v);
      continue;
    }
    const map = (v.kind === 'case' ? out.cases : out.events) as Map<string, RecordVersion & Versioned>;
    const seen = map.get(v.record.id);
    map.set(v.record.id, seen ? laterVersion(seen, v) : v);
  }
  return out;
}
