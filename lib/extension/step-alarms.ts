import type { StepEvent } from '../log/schema';
import type { StepTiming } from '../timing';
import type { Lang } from '../i18n';

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

const ALARM_TEXT = {
  id: {
    warning: (no: number) => `Langkah ${no} hampir melewati mutu baku`,
    late: (no: number) => `Langkah ${no} melewati mutu baku`,
    warningBody: '80% waktu standar telah terpakai.',
    lateBody: 'waktu standar telah habis.',
    letter: (n: string) => `Surat ${n}`,
    noLetter: 'Kasus',
  },
  en: {
    warning: (no: number) => `Step ${no} is nearly due`,
    late: (no: number) => `Step ${no} is past its service standard`,
    warningBody: '80% of the standard time is used.',
    lateBody: 'the standard time is up.',
    letter: (n: string) => `Letter ${n}`,
    noLetter: 'Case',
  },
} as const;

/** How a notification names the case: its letter number, else the SOP's title, else "Kasus". */
export function alarmCaseLabel(letterNumber: string | null | undefined, sopTitle: string | undefined, lang: Lang = 'id'): string {
  return letterNumber ? ALARM_TEXT[lang].letter(letterNumber) : (sopTitle ?? ALARM_TEXT[lang].noLetter);
}

export function alarmMessage(level: 'warning' | 'late', stepNo: number, activity: string, caseLabel: string, lang: Lang = 'id'): { title: string; message: string } {
  const t = ALARM_TEXT[lang];
  return level === 'warning'
    ? { title: t.warning(stepNo), message: `${caseLabel}: ${activity} — ${t.warningBody}` }
    : { title: t.late(stepNo), message: `${caseLabel}: ${activity} — ${t.lateBody}` };
}
