import { describe, expect, it } from 'vitest';
import { alarmCaseLabel, alarmMessage, parseAlarmName, stepAlarms } from '../../../lib/extension/step-alarms';
import { simpleCalendar, stepTiming } from '../../../lib/timing';
import type { StepEvent } from '../../../lib/log/schema';

const cal = simpleCalendar({ timeZone: 'Asia/Jakarta', nationalHolidays: false });
const event: StepEvent = {
  id: 'ev-1', caseId: 'c-1', stepNo: 2, actor: null, startedAt: '2026-11-23T02:00:00.000Z', finishedAt: null,
  by: null, note: null, verdict: null, decision: null, updatedAt: '2026-11-23T02:00:00.000Z',
};
const tenMinutes = { text: '10 menit', min: 10, max: 10, unit: 'minute' as const };

describe('alarms of a running step', () => {
  it('one at 80 % and one at 100 % of the mutu baku, named after the event', () => {
    const now = Date.parse('2026-11-23T02:01:00.000Z');
    const timing = stepTiming(cal, tenMinutes, event.startedAt, null, now);
    const alarms = stepAlarms(event, timing, now);
    expect(alarms.map((a) => a.level)).toEqual(['warning', 'late']);
    expect(alarms[0].when).toBe(Date.parse('2026-11-23T02:08:00.000Z'));
    expect(alarms[1].when).toBe(Date.parse('2026-11-23T02:10:00.000Z'));
    expect(parseAlarmName(alarms[1].name)).toEqual({ level: 'late', eventId: 'ev-1' });
  });

  it('an instant already passed (browser was closed) fires right away', () => {
    const now = Date.parse('2026-11-23T03:00:00.000Z');
    const alarms = stepAlarms(event, stepTiming(cal, tenMinutes, event.startedAt, null, now), now);
    expect(alarms.every((a) => a.when === now + 1000)).toBe(true);
  });

  it('no alarms for a finished step or a step without a standard', () => {
    const now = Date.parse('2026-11-23T02:01:00.000Z');
    expect(stepAlarms({ ...event, finishedAt: '2026-11-23T02:05:00.000Z' }, stepTiming(cal, tenMinutes, event.startedAt, null, now), now)).toEqual([]);
    const none = { text: 'Tidak ditentukan', min: null, max: null, unit: null };
    expect(stepAlarms(event, stepTiming(cal, none, event.startedAt, null, now), now)).toEqual([]);
    expect(parseAlarmName('other-alarm')).toBeNull();
  });

  it('speaks Indonesian', () => {
    expect(alarmMessage('warning', 2, 'Memeriksa berkas', 'Surat 700/1').title).toBe('Langkah 2 hampir melewati mutu baku');
    expect(alarmMessage('late', 2, 'Memeriksa berkas', 'Surat 700/1').message).toContain('waktu standar telah habis');
    // one language at a time: the English interface gets English notifications
    expect(alarmMessage('warning', 2, 'Check the files', alarmCaseLabel('700/1', undefined, 'en'), 'en')).toEqual({ title: 'Step 2 is nearly due', message: 'Letter 700/1: Check the files — 80% of the standard time is used.' });
    expect(alarmMessage('late', 2, 'x', alarmCaseLabel(null, undefined, 'en'), 'en')).toEqual({ title: 'Step 2 is past its service standard', message: 'Case: x — the standard time is up.' });
    expect(alarmCaseLabel(null, 'SOP A')).toBe('SOP A');
    expect(alarmCaseLabel('9/2', 'SOP A')).toBe('Surat 9/2');
  });
});
