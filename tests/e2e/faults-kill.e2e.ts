import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, sendFromPage, type Launched } from './harness';
import { poll, useSandbox } from './driver';
import { freshProfileDir } from '../../lib/extension/chromium';

/**
 * The browser process is killed (SIGKILL, no shutdown at all) in the middle of a burst of step
 * writes; relaunched on the same profile, every write the background had acknowledged is there.
 */
const sandbox = useSandbox();

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const LANES = 3;
const STEPS_PER_CASE = 3;
const KILL_AFTER_ACKS = 24;

/** The main Chromium process of a profile: its command line names the profile and has no --type=. */
function browserPid(userDataDir: string): number {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  for (const pid of pids) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) return Number(pid);
  }
  throw new Error(`no Chromium process for ${userDataDir}`);
}

/**
 * Exited: no such process any more, or a zombie its parent has not reaped yet (`kill(pid, 0)` still
 * finds one). The context's 'close' event can come before either: the kernel closes a killed
 * process's pipes before its last threads are gone.
 */
function exited(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return true;
  }
  return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

type Ack = { lane: number; caseId: string; stepNo: number; kind: 'start' | 'finish' };

describe('a killed browser loses no acknowledged write', () => {
  it('SIGKILL during a burst of step writes: after relaunch every acknowledged case and step event is stored', async () => {
    const profile = freshProfileDir();
    const first: Launched = await launchBrowser({ userDataDir: profile });
    const pid = browserPid(profile);
    const acked: Ack[] = [];
    const openedCases: string[] = [];
    let inFlight = 0;
    let inFlightAtKill = -1;
    let killed = false;
    let failedAfterKill = 0;

    const lane = async (n: number, page: Page) => {
      const send = async <T,>(type: string, payload: unknown): Promise<T> => {
        inFlight++;
        try {
          return await sendFromPage<T>(page, type, payload);
        } finally {
          inFlight--;
        }
      };
      try {
        for (let round = 0; !killed; round++) {
          const { case: c } = await send<{ case: { id: string } }>('case.open', { sopId: SOP_ID, letter: { number: `KILL-${n}-${round}` }, people: [{ name: `Pemohon ${n}.${round}` }] });
          openedCases.push(c.id);
          for (let stepNo = 1; stepNo <= STEPS_PER_CASE; stepNo++) {
            await send('step.start', { caseId: c.id, stepNo });
            acked.push({ lane: n, caseId: c.id, stepNo, kind: 'start' });
            await send('step.finish', { caseId: c.id, stepNo });
            acked.push({ lane: n, caseId: c.id, stepNo, kind: 'finish' });
            if (!killed && acked.length >= KILL_AFTER_ACKS) {
              killed = true;
              inFlightAtKill = inFlight;
              process.kill(pid, 'SIGKILL');
            }
          }
        }
      } catch {
        if (killed) failedAfterKill++;
        else throw new Error(`lane ${n} failed before the kill`);
      }
    };

    const pages: Page[] = [];
    for (let i = 0; i < LANES; i++) {
      const p = await first.context.newPage();
      await p.goto(first.extensionUrl('options.html'));
      pages.push(p);
    }
    const closed = new Promise<void>((resolve) => first.context.once('close', () => resolve()));
    await Promise.all(pages.map((p, i) => lane(i, p)));
    await closed;

    // The kill interrupted the burst: other lanes had writes on the way and never got their answer.
    expect(killed).toBe(true);
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(inFlightAtKill).toBeGreaterThanOrEqual(1);
    expect(failedAfterKill).toBe(LANES);
    await poll(async () => exited(pid), Boolean, 10_000, `the killed browser process ${pid} to exit`); // the process is gone

    const second = await launchBrowser({ userDataDir: profile });
    try {
      const ext = await second.context.newPage();
      await ext.goto(second.extensionUrl('options.html'));
      const { cases } = await sendFromPage<{ cases: { id: string }[] }>(ext, 'case.list', {});
      const stored = new Set(cases.map((c) => c.id));
      const ackedCases = [...new Set(acked.map((a) => a.caseId))];
      for (const id of openedCases) expect(stored.has(id), `case ${id}`).toBe(true);
      for (const id of ackedCases) {
        const { events } = await sendFromPage<{ events: { stepNo: number; startedAt: string | null; finishedAt: string | null }[] }>(ext, 'case.detail', { caseId: id });
        for (const a of acked.filter((x) => x.caseId === id)) {
          const ev = events.find((e) => e.stepNo === a.stepNo);
          expect(ev, `${id} step ${a.stepNo} ${a.kind}`).toBeDefined();
          if (a.kind === 'start') expect(ev!.startedAt, `${id} step ${a.stepNo} start`).toBeTruthy();
          else expect(ev!.finishedAt, `${id} step ${a.stepNo} finish`).toBeTruthy();
        }
      }
      process.stdout.write(`killed with ${inFlightAtKill} write(s) in flight; ${acked.length} acknowledged step writes in ${ackedCases.length} cases all found after relaunch\n`);
    } finally {
      await second.close();
    }
  });
});
