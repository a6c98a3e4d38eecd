import { describe, expect, it } from 'vitest';
import { agendaRows } from '../../../lib/export/agenda';
import { deriveLifecycle, forwardCase, holdCase, listCaseEvents, markRequirement, exportBackup, restoreBackup, type Log } from '../../../lib/log';
import { freshLog } from './helpers';

const W = (time: string) => `2026-11-23T${time}:00+07:00`;

async function setup(): Promise<{ log: Log; id: string }> {
  const { log } = await freshLog();
  await log.putSettings({ nationalHolidays: false });
  const c = await log.createCase({ sopId: 'sop-a', receivedAt: W('08:30'), people: [{ name: 'Budi' }] });
  return { log, id: c.id };
}

describe('kelengkapan ticks and "Diteruskan kepada" are events of the case', () => {
  it('a tick is stored per case and step, the last one wins, and it survives a reload (a new Log on the same data)', async () => {
    const { log, id } = await setup();
    await markRequirement(log, { caseId: id, stepNo: 1, requirement: 0, checked: true, by: 'Sari', at: W('09:00') });
    await markRequirement(log, { caseId: id, stepNo: 1, requirement: 2, checked: true, at: W('09:01') });
    await markRequirement(log, { caseId: id, stepNo: 1, requirement: 2, checked: false, at: W('09:02') });
    await markRequirement(log, { caseId: id, stepNo: 2, requirement: 0, checked: true, at: W('09:03') });
    const events = await listCaseEvents(log, id);
    expect(events.filter((e) => e.kind === 'requirement-checked')).toHaveLength(4);
    expect(events.find((e) => e.by === 'Sari')).toMatchObject({ stepNo: 1, requirement: 0, checked: true });
    const life = deriveLifecycle({ status: 'open', people: [] }, events);
    expect([...life.requirementsChecked.entries()].sort()).toEqual([
      ['1:0', true],
      ['1:2', false],
      ['2:0', true],
    ]);
    // A backup carries the ticks (they are evidence that the file was complete).
    const { log: other } = await freshLog();
    await restoreBackup(other, await exportBackup(log), { mode: 'replace' });
    const again = deriveLifecycle({ status: 'open', people: [] }, await listCaseEvents(other, id));
    expect(again.requirementsChecked.get('1:0')).toBe(true);
  });

  it('ticks and forwarding do not block a later lifecycle event dated earlier', async () => {
    const { log, id } = await setup();
    await markRequirement(log, { caseId: id, stepNo: 1, requirement: 0, checked: true });
    await forwardCase(log, { caseId: id, to: 'Admin PPE (Rudi)' });
    await expect(holdCase(log, { caseId: id, at: W('08:40'), reason: 'menunggu surat asli' })).resolves.toMatchObject({ kind: 'held' });
  });

  it('"Diteruskan kepada" is settable, shows on the case and in the agenda book', async () => {
    const { log, id } = await setup();
    await forwardCase(log, { caseId: id, to: 'Kepala LPSE', at: W('09:00') });
    await forwardCase(log, { caseId: id, to: '  Admin PPE (Rudi) ', at: W('09:05') });
    const kase = await log.getCase(id);
    expect(kase?.assignedTo).toBe('Admin PPE (Rudi)');
    const rows = agendaRows([kase!], [], { sops: [], timeZone: 'Asia/Jakarta' });
    expect(rows[0].forwardedTo).toBe('Admin PPE (Rudi)');
    await expect(forwardCase(log, { caseId: id, to: '   ' })).rejects.toThrow(/diteruskan kepada/i);
  });

  it('refuses a tick for a requirement index out of range', async () => {
    const { log, id } = await setup();
    await expect(markRequirement(log, { caseId: id, stepNo: 1, requirement: -1, checked: true })).rejects.toThrow(/kelengkapan/);
  });
});
