import { caseEventKindSchema } from '../log/schema';
import { STAFF_ROLE, SUPERVISOR_ROLE, authHeader, databaseUrl, fetchWithin, httpError, type FetchLike, type ServerConfig } from './server';

/**
 * The design document that guards the team database on the server (CouchDB runs it on every
 * write, replication included). Written in ES5: CouchDB's JavaScript engine may be old.
 * - only users with the pandu-staff or pandu-supervisor role write (server admins: anything);
 * - `staff` must be the writing user: nobody writes in another person's name (cases, step events
 *   and ledger events alike);
 * - a document is never changed or deleted, only added (the log is a ledger);
 * - `_id`, `_rev`, `type` and the record's required fields must have the shape lib/sync writes.
 */
export const DESIGN_DOC_ID = '_design/pandu';
export const DESIGN_VERSION = 2;

const LEDGER_KINDS = JSON.stringify(caseEventKindSchema.options);

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  function refuse(msg) { throw({ forbidden: msg }); }
  function isText(v) { return typeof v === 'string' && v.length > 0; }
  function isTime(v) { return typeof v === 'string' && /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}/.test(v); }
  if (roles.indexOf('${STAFF_ROLE}') === -1 && roles.indexOf('${SUPERVISOR_ROLE}') === -1) refuse('Pengguna ' + userCtx.name + ' belum diberi peran ${STAFF_ROLE} atau ${SUPERVISOR_ROLE}.');
  if (oldDoc && !oldDoc._deleted) {
    if (newDoc._rev === oldDoc._rev && !newDoc._deleted) return;
    refuse('Catatan di server tidak boleh diubah atau dihapus; koreksi dicatat sebagai versi baru.');
  }
  if (newDoc._deleted) refuse('Catatan di server tidak boleh dihapus.');
  if (newDoc.staff !== userCtx.name) refuse('Tidak boleh menulis atas nama orang lain: staff "' + newDoc.staff + '" bukan pengguna "' + userCtx.name + '".');
  if (newDoc.type !== 'case' && newDoc.type !== 'event' && newDoc.type !== 'ledger') refuse('type harus "case", "event" atau "ledger".');
  var r = newDoc.record;
  if (!r || typeof r !== 'object') refuse('record wajib berupa objek.');
  if (!isText(r.id)) refuse('record.id wajib diisi.');
  var m = /^(case|event|ledger):(.+):([0-9a-f]{32})$/.exec(newDoc._id);
  if (!m || m[1] !== newDoc.type || m[2] !== r.id) refuse('_id harus ' + newDoc.type + ':<record.id>:<hash>.');
  if (newDoc._rev !== '1-' + m[3]) refuse('_rev harus 1-<hash> dari _id.');
  function isWhole(v, min) { return typeof v === 'number' && v % 1 === 0 && v >= min; }
  function isNothing(v) { return v === null || v === undefined; }
  if (newDoc.type === 'ledger') {
    if (!isText(r.caseId)) refuse('record.caseId wajib diisi.');
    if (${LEDGER_KINDS}.indexOf(r.kind) === -1) refuse('record.kind harus salah satu dari ${caseEventKindSchema.options.join(', ')}.');
    if (!isTime(r.at)) refuse('record.at harus tanggal-waktu ISO 8601.');
    if (!isTime(r.recordedAt)) refuse('record.recordedAt harus tanggal-waktu ISO 8601.');
    if (!isNothing(r.closeStatus) && r.closeStatus !== 'done' && r.closeStatus !== 'cancelled') refuse('record.closeStatus harus "done", "cancelled" atau null.');
    if (!isNothing(r.stepNo) && !isWhole(r.stepNo, 1)) refuse('record.stepNo harus bilangan bulat positif atau null.');
    if (!isNothing(r.person) && !isWhole(r.person, 0)) refuse('record.person harus bilangan bulat atau null.');
    if (!isNothing(r.undoes) && !isText(r.undoes)) refuse('record.undoes harus teks atau null.');
    if (!isNothing(r.requirement) && !isWhole(r.requirement, 0)) refuse('record.requirement harus bilangan bulat atau null.');
    if (!isNothing(r.checked) && typeof r.checked !== 'boolean') refuse('record.checked harus true, false atau null.');
    if (!isNothing(r.forwardedTo) && !isText(r.forwardedTo)) refuse('record.forwardedTo harus teks atau null.');
    if (typeof r.auto !== 'boolean') refuse('record.auto harus true atau false.');
    return;
  }
  if (!isTime(r.updatedAt)) refuse('record.updatedAt harus tanggal-waktu ISO 8601.');
  if (newDoc.type === 'case') {
    if (!isText(r.sopId)) refuse('record.sopId wajib diisi.');
    if (!isTime(r.receivedAt)) refuse('record.receivedAt harus tanggal-waktu ISO 8601.');
    if (!r.letter || typeof r.letter !== 'object') refuse('record.letter wajib berupa objek.');
  } else {
    if (!isText(r.caseId)) refuse('record.caseId wajib diisi.');
    if (typeof r.stepNo !== 'number' || r.stepNo % 1 !== 0) refuse('record.stepNo harus bilangan bulat.');
    if (!isTime(r.startedAt)) refuse('record.startedAt harus tanggal-waktu ISO 8601.');
    if (r.finishedAt !== null && r.finishedAt !== undefined && !isTime(r.finishedAt)) refuse('record.finishedAt harus tanggal-waktu ISO 8601 atau null.');
  }
}`;

export function designDocument(): { _id: string; pandu_version: number; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, pandu_version: DESIGN_VERSION, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE };
}

/** Members of the team database: the two Pandu roles (server admins are always allowed). */
export function securityObject() {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: [STAFF_ROLE, SUPERVISOR_ROLE] } };
}

export type SetupResult = { createdDatabase: boolean; designUpdated: boolean };

/**
 * Prepares the team database with server-admin credentials: creates it when missing, sets its
 * members (the Pandu roles) and installs or updates the design document. Safe to run again.
 */
export async function setupDatabase(config: ServerConfig, options: { fetch?: FetchLike; timeoutMs?: number } = {}): Promise<SetupResult> {
  const f = options.fetch ?? ((u, i) => fetch(u, i));
  const t = options.timeoutMs ?? 10_000;
  const headers = { 'content-type': 'application/json', accept: 'application/json', ...authHeader(config) };
  const db = databaseUrl(config);
  const call = async (url: string, init: RequestInit) => {
    const res = await fetchWithin(f, url, { ...init, headers }, t, config.url);
    if (!res.ok && res.status !== 404 && res.status !== 412) throw httpError(res.status, ((await res.json().catch(() => ({}))) as { reason?: string }).reason ?? '', config);
    return res;
  };
  const created = await call(db, { method: 'PUT' });
  await call(`${db}/_security`, { method: 'PUT', body: JSON.stringify(securityObject()) });
  const current = await call(`${db}/${DESIGN_DOC_ID}`, { method: 'GET' });
  const old = current.ok ? ((await current.json()) as { _rev: string; validate_doc_update?: string; pandu_version?: number }) : null;
  const doc = designDocument();
  if (old && old.validate_doc_update === doc.validate_doc_update && old.pandu_version === doc.pandu_version) return { createdDatabase: created.status === 201, designUpdated: false };
  await call(`${db}/${DESIGN_DOC_ID}`, { method: 'PUT', body: JSON.stringify(old ? { ...doc, _rev: old._rev } : doc) });
  return { createdDatabase: created.status === 201, designUpdated: true };
}

/** Creates (or updates the password and role of) a CouchDB user, with server-admin credentials. */
export async function putUser(config: Pick<ServerConfig, 'url' | 'user' | 'password'>, name: string, password: string, role: 'staff' | 'supervisor', options: { fetch?: FetchLike } = {}): Promise<void> {
  const f = options.fetch ?? ((u, i) => fetch(u, i));
  const headers = { 'content-type': 'application/json', accept: 'application/json', ...authHeader(config) };
  const url = `${config.url}/_users/org.couchdb.user:${encodeURIComponent(name)}`;
  const cfg = { ...config, database: '_users' };
  const existing = await fetchWithin(f, url, { headers }, 10_000, config.url);
  const rev = existing.ok ? ((await existing.json()) as { _rev: string })._rev : undefined;
  const body = { _id: `org.couchdb.user:${name}`, ...(rev && { _rev: rev }), name, password, type: 'user', roles: [role === 'supervisor' ? SUPERVISOR_ROLE : STAFF_ROLE] };
  const res = await fetchWithin(f, url, { method: 'PUT', headers, body: JSON.stringify(body) }, 10_000, config.url);
  if (!res.ok) throw httpError(res.status, ((await res.json().catch(() => ({}))) as { reason?: string }).reason ?? '', cfg);
}
