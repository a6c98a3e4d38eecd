import type { StepEvent } from '../log/schema';
import type { StepTiming } from '../timing';

/**
 * Alarms for a running step: one at 80 % of its mutu baku, one at 100 %. Names carry the event
 * id, so the background can look the step up again when the alarm fires (even after a restart).
 */
export type StepAlarm = { name: string; when: number; level: 'warning' | 'late' };

const PREFIX = 'pandu-step';

export function stepAlarms(event: StepEvent, timing: StepTiming | null, now: number): StepAlarm[] {
  if (!timing || event.finishedAt) return [];
  const out: StepAlarm[] = [];
  if (timing.warnAt) out.push({ name: `${PREFIX}:warning:${event.id}`, when: Date.parse(timing.warnAt), level: 'warning' });
  if (timing.dueAt) out.push({ name: `${PREFIX}:late:${event.id}`, when: Date.parse(timing.dueAt), level: 'late' });
  // An instant already passed fires (almost) at once: a browser that was closed still warns.
  return out.map((a) => ({ ...a, when: Math.max(a.when, now + 1000) }));
}

export function parseAlarmName(name: string): { level: 'warning' | 'late'; eventId: string } | null {
  const m = /^pandu-step:(warning|late):(.+)$/.exec(name);
  return m ? { level: m[1] as 'warning' | 'late', eventId: m[2] } : null;
}

export function alarmMessage(level: 'warning' | 'late', stepNo: number, activity: string, caseLabel: string): { title: string; message: string } {
  return level === 'warning'
    ? { title: `Langkah ${stepNo} hampir melewati mutu baku`, message: `${caseLabel}: ${activity} — 80% waktu standar telah terpakai.` }
    : { title: `Langkah ${stepNo} melewati mutu baku`, message: `${caseLabel}: ${activity} — waktu standar telah habis.` };
}
