// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { ReportPage, type ReportActions, type ReportData } from '../../../components/report/ReportPage';
import { PanelApp } from '../../../components/panel/PanelApp';
import { CaseLifecycle } from '../../../components/panel/CaseLifecycle';
import { ForwardTo } from '../../../components/panel/ForwardTo';
import { NewCase } from '../../../components/panel/NewCase';
import { LetterIntake } from '../../../components/letter/LetterIntake';
import { SopViewer } from '../../../components/sop/SopViewer';
import { parseLetter } from '../../../lib/letter/parse';
import { parseDuration } from '../../../lib/sop/duration';
import { caseProgress, simpleCalendar } from '../../../lib/timing';
import { settingsSchema } from '../../../lib/log/schema';
import type { Sop } from '../../../lib/sop/schema';
import { mkCase, mkEvent, TEST_SOP } from '../../unit/export/fixtures';
import { indonesianMarkers, viewText } from './markers';

afterEach(cleanup);

/** The records in English too, so that any Indonesian left is the interface's own. */
const SOP: Sop = {
  ...TEST_SOP,
  title: 'Auditor account',
  office: 'Test office',
  lanes: [
    { id: 'admin-ppe', name: 'System admin' },
    { id: 'kepala-lpse', name: 'Head of office' },
  ],
  steps: TEST_SOP.steps.map((s) => ({ ...s, activity: `Activity ${s.no}`, output: `Output ${s.no}`, requirements: [`Requirement ${s.no}`] })),
};
const extract = async () => ({ text: '', pages: 0 }) as never;
const T = (day: string, hm: string) => `2026-03-${day}T${hm}:00+07:00`;
const english = (c: ReturnType<typeof mkCase>) => ({ ...c, letter: { ...c.letter, sender: 'Inspectorate', subject: 'Auditor access' } });

function data(): ReportData {
  const cases = [
    english(mkCase('a', { receivedAt: T('02', '09:00'), assignedTo: 'Sari', status: 'done', letter: { number: 'A-1' } })),
    english(mkCase('b', { receivedAt: T('09', '10:00'), assignedTo: 'Budi', letter: { number: 'B-2' } })),
    english(mkCase('c', { receivedAt: T('10', '10:00'), status: 'cancelled', letter: { number: 'C-3' } })),
  ];
  const events = [
    mkEvent('a', 1, T('02', '09:00'), T('02', '09:20'), { verdict: 'on-time', by: 'Sari' }),
    mkEvent('a', 2, T('02', '09:20'), T('06', '09:20'), { verdict: 'late', by: 'Sari' }),
    mkEvent('b', 1, T('09', '10:00'), T('09', '11:00'), { verdict: 'late', by: 'Budi' }),
  ];
  return {
    cases,
    events,
    problems: [{ id: 'p1', at: T('03', '10:00'), url: 'https://spse.example/admin/auditor', pageId: 'auditor-form', kind: 'field-not-found', detail: 'nip' }],
    settings: settingsSchema.parse({ officeName: 'Test office', supervisorName: 'Head', supervisorNip: '197503122000031002' }),
  };
}

const actions: ReportActions = {
  exportBackup: async () => {
    throw new Error('unused');
  },
  restore: async () => ({ mode: 'merge', added: 0, skipped: 0, conflicts: [] }),
  reload: async () => data(),
  download: () => {},
  openPrint: () => {},
};

describe('one language at a time: views rendered in English show no Indonesian interface words', () => {
  it('report page', () => {
    const { container } = render(<ReportPage data={data()} sops={[SOP]} actions={actions} initialLang="en" now={() => new Date(T('10', '12:00'))} />);
    const text = viewText(container);
    expect(indonesianMarkers(text)).toEqual([]);
    // lanes by their names, never their ids; numbers with a decimal point
    expect(text).not.toMatch(/kepala-lpse|admin-ppe/);
    expect(text).not.toMatch(/\d,\d+ ?%/);
  });
});

describe('one language at a time: the panel in English', () => {
  const cal = simpleCalendar({ timeZone: 'Asia/Jakarta', nationalHolidays: false });
  const kase = english(mkCase('p', { receivedAt: '2026-11-23T01:00:00.000Z', letter: { number: 'P-1' } }));
  const events = [mkEvent('p', 1, '2026-11-23T01:00:00.000Z', '2026-11-23T01:10:00.000Z'), mkEvent('p', 2, '2026-11-23T01:10:00.000Z', null)];

  it('case list, step card with its timer, lifecycle and forwarding', () => {
    const progress = caseProgress(SOP, events, cal, '2026-11-23T03:00:00.000Z');
    const { container } = render(
      <PanelApp
        match={{ pageId: 'unknown', confidence: 0, role: null }}
        lang="en"
        collapsed={false}
        onToggle={() => {}}
        sops={[SOP]}
        cases={[kase]}
        summaries={[{ caseId: kase.id, currentStep: 2, verdict: 'on-time', done: false }]}
        activeCase={kase}
        progress={progress}
        shown={{ sop: SOP, step: SOP.steps[1] }}
        now={Date.parse('2026-11-23T03:00:00.000Z')}
        error={null}
        lifecycle={
          <>
            <CaseLifecycle lang="en" kase={kase} ledger={[]} busy={false} onTransition={() => {}} />
            <ForwardTo lang="en" current="Sari" busy={false} onForward={() => {}} />
          </>
        }
      />,
    );
    const text = viewText(container);
    expect(text).toContain('Requirement 2');
    expect(indonesianMarkers(text)).toEqual([]);
    expect(text).not.toMatch(/kepala-lpse|admin-ppe/);
  });

  it('new case from a letter, and the letter review', async () => {
    const { container } = render(<NewCase lang="en" sops={[SOP]} onOpen={() => {}} onCancel={() => {}} extract={extract} parse={parseLetter} />);
    expect(indonesianMarkers(viewText(container))).toEqual([]);
    cleanup();
    const intake = render(<LetterIntake lang="en" onConfirm={() => {}} extract={extract} parse={parseLetter} />);
    const box = intake.container.querySelector('textarea')!;
    fireEvent.change(box, { target: { value: 'Nomor: 1/2026\nNama: Budi\nNIP: 12345\nEmail: budi@\n' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Read/ })));
    const text = viewText(intake.container);
    // the letter's own words (Nomor, Nama) are records; the problems found are interface
    expect(indonesianMarkers(text.replace(/1\/2026|Budi|12345|budi@/g, ''))).toEqual([]);
  });

  it('SOP viewer labels', () => {
    const { container } = render(<SopViewer sop={{ ...SOP, steps: SOP.steps.map((s) => ({ ...s, duration: parseDuration('30 minutes') })) }} lang="en" />);
    expect(indonesianMarkers(viewText(container))).toEqual([]);
  });
});

describe('one language at a time: the options page in English', () => {
  it('office & hours, LPSE sites (with a refused address), page profiles (with a refused file), SOP library', async () => {
    const { SettingsForm } = await import('../../../components/options/SettingsForm');
    const { LpseHosts } = await import('../../../components/options/LpseHosts');
    const { SiteProfiles } = await import('../../../components/options/SiteProfiles');
    const { SopLibrary } = await import('../../../components/sop/SopLibrary');
    const { parseSiteProfile } = await import('../../../lib/spse/profile');
    const { OptionsPage } = await import('../../../components/options/OptionsPage');
    const settings = settingsSchema.parse({});
    const view = render(
      <OptionsPage
        initialLang="en"
        sections={[
          {
            id: 'settings',
            label: { id: 'Kantor & jam kerja', en: 'Office & hours' },
            render: (lang) => (
              <>
                <SettingsForm lang={lang} load={async () => settings} save={async () => settings} />
                <LpseHosts lang={lang} list={async () => []} add={async () => ({ ok: false, error: 'Alamat tidak valid. Contoh: lpse.kaltimprov.go.id' })} remove={async () => {}} />
                <SiteProfiles
                  lang={lang}
                  list={async () => []}
                  importText={async (text) => {
                    const r = parseSiteProfile(text);
                    return r.ok ? { ok: true, host: r.profile.host, count: 0 } : { ok: false, errors: r.errors };
                  }}
                  exportHost={async () => {}}
                  remove={async () => {}}
                />
                <SopLibrary lang={lang} builtins={[SOP]} loadImported={async () => ({ records: [], skipped: 0 })} />
              </>
            ),
          },
        ]}
      />,
    );
    await act(async () => {});
    const hostInput = view.container.querySelector('input[type="text"], input:not([type])') as HTMLInputElement | null;
    if (hostInput) fireEvent.change(hostInput, { target: { value: 'x' } });
    for (const b of screen.queryAllByRole('button', { name: /Add/ })) await act(async () => fireEvent.click(b));
    const file = view.container.querySelector('input[type="file"]') as HTMLInputElement | null;
    if (file) await act(async () => fireEvent.change(file, { target: { files: [new File(['{'], 'p.json', { type: 'application/json' })] } }));
    await act(async () => {});
    const text = viewText(view.container).replace(/lpse\.kaltimprov\.go\.id/g, '');
    expect(text).toContain('Invalid address');
    expect(text).toContain('(file): not valid JSON');
    expect(indonesianMarkers(text)).toEqual([]);
  });
});
