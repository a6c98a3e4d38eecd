// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { applyFill, FILLED_ATTR } from '../../../lib/prefill/apply';
import { planFill, type FillPlan } from '../../../lib/prefill/plan';
import { BUDI, input, sandboxDom, sandboxDoc } from './helpers';

const EXTRA = { golongan: 'III/d', validUntil: '2026-12-31', roles: 'PPK,PANITIA' };

/** Record focus/input/change/keyup/blur per control name, in order (capture phase on the document). */
function recordEvents(doc: Document): Record<string, string[]> {
  const seen: Record<string, string[]> = {};
  for (const type of ['focus', 'blur', 'input', 'change', 'keyup', 'keydown', 'keypress', 'click']) {
    doc.addEventListener(
      type,
      (e) => {
        const t = e.target as Element;
        const key = t.getAttribute?.('name');
        if (key) (seen[key] ??= []).push(e.type);
      },
      true,
    );
  }
  return seen;
}

function fillNew(path = '/eproc4/pegawai/baru') {
  const doc = sandboxDoc(path);
  const plan = planFill(doc, 'pegawai-form', BUDI, { extra: EXTRA });
  return { doc, plan };
}

describe('applyFill', () => {
  it('sets every planned value and leaves the rest alone', () => {
    const { doc, plan } = fillNew();
    const token = input(doc, 'authenticityToken').value;
    const res = applyFill(doc, plan);
    expect(input(doc, 'pegawai.peg_namauser').value).toBe('budi.santoso');
    expect(input(doc, 'pegawai.peg_nama').value).toBe('Dr. Budi Santoso, S.E., M.Si.');
    expect(input(doc, 'pegawai.peg_nip').value).toBe('198503152010011003');
    expect(input(doc, 'pegawai.peg_email').value).toBe('budi.santoso@contoh.go.id');
    expect(input(doc, 'pegawai.peg_mobile').value).toBe('081234567890');
    expect(input(doc, 'pegawai.peg_jabatan').value).toBe('Kepala Bidang');
    expect(input(doc, 'pegawai.peg_masa_berlaku').value).toBe('31-12-2026');
    expect((doc.querySelector('select[name="pegawai.peg_golongan"]') as HTMLSelectElement).value).toBe('III/d');
    const boxes = Array.from(doc.querySelectorAll<HTMLInputElement>('input[name=usergroup]'));
    expect(boxes.map((b) => `${b.value}:${b.checked}`)).toEqual(['PPK:true', 'PANITIA:true', 'PP:false']);
    // Untouched: no-value rows, passwords, the token.
    expect(input(doc, 'pegawai.peg_nik').value).toBe('');
    expect(input(doc, 'pegawai.passw').value).toBe('');
    expect(input(doc, 'pegawai.passw_konfirmasi').value).toBe('');
    expect(input(doc, 'authenticityToken').value).toBe(token);
    expect(res.applied.map((a) => a.attribute)).toEqual(['userId', 'name', 'nip', 'email', 'mobile', 'position', 'golongan', 'validUntil', 'roles']);
    expect(res.applied.every((a) => a.previous === '')).toBe(true);
    expect(res.failed).toEqual([]);
  });

  it('fires events in the order a user would: focus, input, change (+ keyup, blur for datepickers)', () => {
    const { doc, plan } = fillNew();
    const seen = recordEvents(doc);
    const bubbled: string[] = [];
    const form = doc.querySelector('form')!;
    form.addEventListener('input', (e) => bubbled.push(`input:${(e.target as Element).getAttribute('name')}`));
    form.addEventListener('change', (e) => bubbled.push(`change:${(e.target as Element).getAttribute('name')}`));
    applyFill(doc, plan);
    expect(seen['pegawai.peg_nama']).toEqual(['focus', 'input', 'change', 'blur']);
    expect(seen['pegawai.peg_masa_berlaku']).toEqual(['focus', 'input', 'change', 'keyup', 'blur']);
    expect(seen['pegawai.peg_golongan'].filter((t) => t !== 'focus' && t !== 'blur')).toEqual(['input', 'change']);
    // Two boxes switched on, each with input + change; never a click (a synthetic click toggles).
    expect(seen.usergroup.filter((t) => t === 'change')).toHaveLength(2);
    expect(seen.usergroup).not.toContain('click');
    // No key that could submit (Enter) or type: only the neutral keyup on the datepicker.
    for (const events of Object.values(seen)) {
      expect(events).not.toContain('keydown');
      expect(events).not.toContain('keypress');
    }
    // Events bubble to the form (jQuery delegated handlers listen there).
    expect(bubbled).toContain('input:pegawai.peg_nip');
    expect(bubbled).toContain('change:pegawai.peg_nip');
    expect(bubbled).toContain('change:usergroup');
    // Nothing Pandu filled is left focused.
    expect(doc.activeElement?.getAttribute('name') ?? null).toBeNull();
  });

  it('uses the native value setter (frameworks that track the instance property see a change)', () => {
    const { doc, plan } = fillNew();
    const el = input(doc, 'pegawai.peg_nama');
    const proto = Object.getPrototypeOf(el);
    const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
    const instanceSet = vi.fn();
    // What React does: an own `value` property that records what it last saw.
    Object.defineProperty(el, 'value', { configurable: true, get: () => native.get!.call(el), set: instanceSet });
    let seenInHandler = '';
    el.addEventListener('input', () => (seenInHandler = native.get!.call(el)));
    applyFill(doc, plan);
    expect(instanceSet).not.toHaveBeenCalled();
    expect(native.get!.call(el)).toBe('Dr. Budi Santoso, S.E., M.Si.');
    expect(seenInHandler).toBe('Dr. Budi Santoso, S.E., M.Si.');
  });

  it("the page's own scripts see the events: sandbox event counter and datepicker", async () => {
    const dom = sandboxDom('/eproc4/pegawai/baru', { scripts: true });
    const doc = dom.window.document;
    const plan = planFill(doc, 'pegawai-form', BUDI, { extra: EXTRA });
    applyFill(doc, plan);
    const log = doc.getElementById('sandbox-event-log')!;
    const perField = JSON.parse(log.textContent || '{}') as Record<string, { input: number; change: number }>;
    expect(perField['pegawai.peg_nama']).toEqual({ input: 1, change: 1 });
    expect(perField['pegawai.peg_masa_berlaku']).toEqual({ input: 1, change: 1 });
    expect(perField.usergroup).toEqual({ input: 2, change: 2 });
    expect(perField['pegawai.passw']).toBeUndefined();
    expect(perField.authenticityToken).toBeUndefined();
    // The datepicker stand-in re-read the value: a valid date, selected in its calendar.
    const date = input(doc, 'pegawai.peg_masa_berlaku');
    expect(date.getAttribute('data-date-valid')).toBe('true');
    expect((date as unknown as { _sandboxPicker: HTMLElement })._sandboxPicker.getAttribute('data-selected')).toBe('31-12-2026');
    dom.window.close();
  });

  it('highlights filled fields; undo restores values, inline style and attributes exactly', () => {
    const doc = sandboxDoc('/eproc4/pegawai/edit/6');
    const plan = planFill(doc, 'pegawai-form', BUDI, { extra: EXTRA });
    const name = input(doc, 'pegawai.peg_nama');
    const nip = input(doc, 'pegawai.peg_nip');
    name.setAttribute('style', 'color: red;  border-width:3px');
    const before = new Map(Array.from(doc.querySelectorAll<HTMLInputElement>('input, select, textarea')).map((e) => [e, { value: e.value, checked: e.checked, style: e.getAttribute('style'), filled: e.getAttribute(FILLED_ATTR) }]));
    const res = applyFill(doc, plan);
    expect(res.applied.find((a) => a.attribute === 'name')!.previous).toBe('Dewi Lestari');
    expect(res.applied.find((a) => a.attribute === 'roles')!.previous).toBe('PPK');
    for (const el of [name, nip]) {
      expect(el.getAttribute(FILLED_ATTR)).toBe('true');
      expect(el.style.getPropertyValue('outline')).toContain('solid');
      expect(el.style.getPropertyPriority('outline')).toBe('important');
    }
    expect(name.style.color).toBe('red');
    // Unfilled fields are not highlighted.
    expect(input(doc, 'pegawai.peg_nik').hasAttribute(FILLED_ATTR)).toBe(false);

    const seen = recordEvents(doc);
    res.undo();
    for (const [el, b] of before) {
      expect({ value: el.value, checked: el.checked, style: el.getAttribute('style'), filled: el.getAttribute(FILLED_ATTR) }, el.getAttribute('name') ?? '').toEqual(b);
    }
    expect(name.getAttribute('style')).toBe('color: red;  border-width:3px');
    expect(nip.hasAttribute('style')).toBe(false);
    // Undo tells the page too.
    expect(seen['pegawai.peg_nama']).toEqual(['input', 'change']);
    expect(seen.usergroup.filter((t) => t === 'change')).toHaveLength(1);
    // A second undo does nothing.
    const again = recordEvents(doc);
    res.undo();
    expect(again).toEqual({});
  });

  it('onlyAttributes fills just those rows', () => {
    const { doc, plan } = fillNew();
    const res = applyFill(doc, plan, { onlyAttributes: ['nip', 'email'] });
    expect(res.applied.map((a) => a.attribute)).toEqual(['nip', 'email']);
    expect(input(doc, 'pegawai.peg_nama').value).toBe('');
    expect(input(doc, 'pegawai.peg_nama').hasAttribute(FILLED_ATTR)).toBe(false);
  });

  it('never submits: no submit(), requestSubmit(), submit event or button click', () => {
    const dom = sandboxDom('/eproc4/pegawai/baru');
    const { document: doc, HTMLFormElement, HTMLButtonElement } = dom.window;
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    const requestSubmit = vi.spyOn(HTMLFormElement.prototype, 'requestSubmit').mockImplementation(() => {});
    const click = vi.spyOn(HTMLButtonElement.prototype, 'click');
    const submitted = vi.fn((e: Event) => e.preventDefault());
    doc.addEventListener('submit', submitted, true);
    const clicks = vi.fn();
    doc.addEventListener('click', clicks, true);
    const plan = planFill(doc, 'pegawai-form', BUDI, { extra: EXTRA });
    const res = applyFill(doc, plan);
    res.undo();
    expect(submit).not.toHaveBeenCalled();
    expect(requestSubmit).not.toHaveBeenCalled();
    expect(click).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    expect(clicks).not.toHaveBeenCalled();
    dom.window.close();
  });

  it('refuses a plan row that reaches a password, hidden input or the token (even by a harmless-looking selector)', () => {
    const { doc, plan } = fillNew();
    const pw = input(doc, 'pegawai.passw');
    const token = input(doc, 'authenticityToken');
    pw.classList.add('x-a');
    token.classList.add('x-b');
    const tokenValue = token.value;
    const template = plan.rows.find((r) => r.attribute === 'name')!;
    const hostile: FillPlan = {
      ...plan,
      rows: [
        { ...template, selector: '.x-a', newValue: 'rahasia' },
        { ...template, attribute: 'note', selector: '.x-b', newValue: 'forged' },
      ],
    };
    const res = applyFill(doc, hostile);
    expect(res.applied).toEqual([]);
    expect(res.failed.map((f) => f.message)).toEqual(['kolom ini tidak pernah diisi oleh Pandu', 'kolom ini tidak pernah diisi oleh Pandu']);
    expect(pw.value).toBe('');
    expect(token.value).toBe(tokenValue);
    expect(pw.hasAttribute(FILLED_ATTR)).toBe(false);
    // A plan naming them outright is rejected before anything is touched.
    expect(() => applyFill(doc, { ...plan, rows: [{ ...template, selector: 'input[name="authenticityToken"]' }] })).toThrow('rencana isian tidak boleh menyentuh password atau authenticityToken');
  });

  it('reports rows whose control is gone or became read-only, fills the rest', () => {
    const { doc, plan } = fillNew();
    input(doc, 'pegawai.peg_nip').remove();
    input(doc, 'pegawai.peg_email').disabled = true;
    const res = applyFill(doc, plan);
    expect(res.failed).toEqual([
      { attribute: 'nip', selector: 'input[name="pegawai.peg_nip"]', message: 'kolom tidak ditemukan lagi di halaman' },
      { attribute: 'email', selector: 'input[name="pegawai.peg_email"]', message: 'kolom hanya-baca atau nonaktif' },
    ]);
    expect(input(doc, 'pegawai.peg_nama').value).toBe('Dr. Budi Santoso, S.E., M.Si.');
  });
});

describe('applyFill: radio groups', () => {
  it('switches the chosen radio on (the old one goes off) and undo switches back', () => {
    const doc = sandboxDoc('/eproc4/pegawai/edit/6');
    for (const b of Array.from(doc.querySelectorAll('input[name=usergroup]'))) b.setAttribute('type', 'radio');
    const plan = planFill(doc, 'pegawai-form', BUDI, { extra: { roles: 'Panitia/Pokja' } });
    const roles = plan.rows.find((r) => r.attribute === 'roles')!;
    expect(roles).toMatchObject({ kind: 'radio', currentValue: 'PPK', newValue: 'PANITIA', conflict: true });
    const state = () => Array.from(doc.querySelectorAll<HTMLInputElement>('input[name=usergroup]')).map((b) => `${b.value}:${b.checked}`);
    const res = applyFill(doc, plan, { onlyAttributes: ['roles'] });
    expect(state()).toEqual(['PPK:false', 'PANITIA:true', 'PP:false']);
    res.undo();
    expect(state()).toEqual(['PPK:true', 'PANITIA:false', 'PP:false']);
  });
});

describe('applyFill: focus', () => {
  it('gives keyboard focus back to where it was (a button inside the panel shadow root)', () => {
    const { doc, plan } = fillNew();
    const host = doc.createElement('pandu-panel');
    doc.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    const button = doc.createElement('button');
    button.textContent = 'Isi formulir';
    root.appendChild(button);
    button.focus();
    expect(root.activeElement).toBe(button);
    applyFill(doc, plan);
    expect(root.activeElement).toBe(button);
    expect(input(doc, 'pegawai.peg_nama').value).not.toBe('');
  });
});
