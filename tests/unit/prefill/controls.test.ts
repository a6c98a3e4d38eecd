// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  assertNotSecret,
  blurControl,
  choiceText,
  controlKind,
  dateFormatOf,
  fire,
  fireKeyup,
  isReadOnly,
  isSafeControl,
  isSecretControl,
  isVisiblePlainControl,
  matchChoices,
  matchOption,
  readControl,
  setNativeChecked,
  setNativeValue,
} from '../../../lib/prefill/controls';
import type { FieldElement } from '../../../lib/spse/fields';

/** The guards and helpers of lib/prefill/controls.ts, one rule per test. */
function doc(body: string): Document {
  return new JSDOM(`<!doctype html><html><body><form>${body}</form></body></html>`, { url: 'https://lpse.example.go.id/eproc4/x', pretendToBeVisual: true }).window.document;
}
const el = (d: Document, sel: string) => d.querySelector(sel) as FieldElement;

describe('isSecretControl', () => {
  it('password and hidden inputs, whatever the case of the type', () => {
    const d = doc('<input id="a" type="password"><input id="b" type="PASSWORD"><input id="c" type="hidden"><input id="d" type="Hidden"><input id="e" type="text"><input id="f">');
    expect(isSecretControl(el(d, '#a'))).toBe(true);
    expect(isSecretControl(el(d, '#b'))).toBe(true);
    expect(isSecretControl(el(d, '#c'))).toBe(true);
    expect(isSecretControl(el(d, '#d'))).toBe(true);
    expect(isSecretControl(el(d, '#e'))).toBe(false);
    expect(isSecretControl(el(d, '#f'))).toBe(false);
  });

  it('a missing element counts as secret (never filled)', () => {
    expect(isSecretControl(null)).toBe(true);
    expect(isSecretControl(undefined)).toBe(true);
  });

  it('autocomplete current-password / new-password / one-time-code marks a plainly named control', () => {
    const d = doc('<input id="a" name="kolom1" autocomplete="current-password"><input id="b" name="kolom2" autocomplete="section-x new-password"><input id="c" name="kolom3" autocomplete="one-time-code"><input id="d" name="kolom4" autocomplete="email">');
    expect(isSecretControl(el(d, '#a'))).toBe(true);
    expect(isSecretControl(el(d, '#b'))).toBe(true);
    expect(isSecretControl(el(d, '#c'))).toBe(true);
    expect(isSecretControl(el(d, '#d'))).toBe(false);
  });

  it('a secret-looking name or id on a non-input control (select, textarea) too', () => {
    const d = doc('<select id="s" name="otp_method"><option>x</option></select><textarea id="t" name="client_secret"></textarea><textarea id="u" name="alamat"></textarea>');
    expect(isSecretControl(el(d, '#s'))).toBe(true);
    expect(isSecretControl(el(d, '#t'))).toBe(true);
    expect(isSecretControl(el(d, '#u'))).toBe(false);
  });
});

describe('isVisiblePlainControl / isSafeControl / assertNotSecret', () => {
  it('a visible text input is safe; disabled is plain but not safe; hidden by style is neither', () => {
    const d = doc('<input id="a" name="nama"><input id="b" name="nip" disabled><input id="c" name="email" style="display:none"><div id="x"></div>');
    expect(isSafeControl(el(d, '#a'))).toBe(true);
    expect(isVisiblePlainControl(el(d, '#b'))).toBe(true);
    expect(isSafeControl(el(d, '#b'))).toBe(false);
    expect(isVisiblePlainControl(el(d, '#c'))).toBe(false);
    expect(isSafeControl(el(d, '#x'))).toBe(false);
    expect(isVisiblePlainControl(null)).toBe(false);
  });

  it('assertNotSecret throws an Indonesian message naming the control, and passes a safe one', () => {
    const d = doc('<input id="a" name="nama"><input id="p" type="password" name="sandi_baru"><select id="s"></select>');
    expect(() => assertNotSecret(el(d, '#a'))).not.toThrow();
    expect(() => assertNotSecret(el(d, '#p'))).toThrow('Pandu tidak pernah mengisi kolom ini (sandi_baru)');
    const hiddenSelect = el(d, '#s');
    hiddenSelect.setAttribute('hidden', '');
    expect(() => assertNotSecret(hiddenSelect)).toThrow('Pandu tidak pernah mengisi kolom ini (select)');
  });

  it('setNativeValue and setNativeChecked refuse a secret control and leave it untouched', () => {
    const d = doc('<input id="p" type="password"><input id="c" type="checkbox" name="token_ok">');
    expect(() => setNativeValue(el(d, '#p'), 'x')).toThrow(/tidak pernah mengisi/);
    expect((el(d, '#p') as HTMLInputElement).value).toBe('');
    expect(() => setNativeChecked(el(d, '#c') as HTMLInputElement, true)).toThrow(/tidak pernah mengisi/);
    expect((el(d, '#c') as HTMLInputElement).checked).toBe(false);
  });

  it('setNativeValue goes through the prototype setter even when the instance overrides value', () => {
    const d = doc('<input id="a" name="nama">');
    const input = el(d, '#a') as HTMLInputElement;
    let tracked = '';
    Object.defineProperty(input, 'value', { configurable: true, get: () => tracked, set: (v: string) => (tracked = `tracker:${v}`) });
    setNativeValue(input, 'Budi');
    expect(tracked).toBe('');
    delete (input as unknown as Record<string, unknown>).value;
    expect(input.value).toBe('Budi');
    const box = doc('<input id="c" type="checkbox" name="setuju">');
    setNativeChecked(el(box, '#c') as HTMLInputElement, true);
    expect((el(box, '#c') as HTMLInputElement).checked).toBe(true);
  });
});

describe('controlKind and dateFormatOf', () => {
  it('names each kind', () => {
    const d = doc(`<select id="s"></select><textarea id="t"></textarea><input id="c" type="CHECKBOX"><input id="r" type="radio"><input id="d" type="date">
      <input id="p1" data-provide="datepicker"><input id="p2" data-date-format="dd/mm/yyyy"><input id="p3" class="form-control datepicker"><input id="p4" class="tanggal">
      <input id="p5" placeholder="dd-mm-yyyy"><input id="x" class="form-control"><input id="y" class="mydatepickerish"><input id="z" placeholder="Nama lengkap">`);
    const kinds = ['s', 't', 'c', 'r', 'd', 'p1', 'p2', 'p3', 'p4', 'p5', 'x', 'y', 'z'].map((id) => controlKind(el(d, `#${id}`)));
    expect(kinds).toEqual(['select', 'textarea', 'checkbox', 'radio', 'date', 'datepicker', 'datepicker', 'datepicker', 'datepicker', 'datepicker', 'text', 'text', 'text']);
  });

  it('the expected date format: yyyy-mm-dd for type=date, then data-date-format, then placeholder, else dd-mm-yyyy', () => {
    const d = doc('<input id="a" type="DATE" data-date-format="dd/mm/yyyy"><input id="b" data-date-format="dd/mm/yyyy" placeholder="yyyy-mm-dd"><input id="c" placeholder="yyyy-mm-dd"><input id="e">');
    expect(dateFormatOf(el(d, '#a'))).toBe('yyyy-mm-dd');
    expect(dateFormatOf(el(d, '#b'))).toBe('dd/mm/yyyy');
    expect(dateFormatOf(el(d, '#c'))).toBe('yyyy-mm-dd');
    expect(dateFormatOf(el(d, '#e'))).toBe('dd-mm-yyyy');
  });
});

describe('isReadOnly', () => {
  it('disabled anything; readonly inputs and textareas but not selects (readonly does not apply to them)', () => {
    const d = doc('<input id="a" readonly><textarea id="b" readonly></textarea><select id="c" readonly></select><select id="d" disabled></select><input id="e">');
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => isReadOnly(el(d, `#${id}`)))).toEqual([true, true, false, true, false]);
  });
});

describe('reading controls', () => {
  it('choiceText: wrapping label, then label[for], then the value', () => {
    const d = doc(`<label> <input id="a" type="checkbox" value="ppk">  PPK   Satker </label>
      <input id="b" type="radio" value="pokja"><label for="other">Lain</label><label for="b"> Pokja  Pemilihan </label>
      <input id="c" type="checkbox" value="auditor"><input type="checkbox">`);
    expect(choiceText(el(d, '#a'))).toBe('PPK Satker');
    expect(choiceText(el(d, '#b'))).toBe('Pokja Pemilihan');
    expect(choiceText(el(d, '#c'))).toBe('auditor');
    expect(choiceText(d.querySelectorAll('input')[3])).toBe('');
  });

  it('readControl: checked values of a group joined, select text only for a real choice, input value', () => {
    const d = doc(`<label><input name="r" type="checkbox" value="a" checked> Satu</label><label><input name="r" type="checkbox" value="b"> Dua</label><label><input name="r" type="checkbox" checked> Tiga</label>
      <select id="s"><option value="">-- pilih --</option><option value="1">  Satu   Dua </option></select>
      <input id="t" value="isi">`);
    const group = Array.from(d.querySelectorAll('[name="r"]')) as FieldElement[];
    expect(readControl(group[0], group)).toEqual({ value: 'a,on', text: 'Satu, Tiga' });
    expect(readControl(group[1], [group[1]])).toEqual({ value: '', text: '' });
    const s = el(d, '#s') as HTMLSelectElement;
    expect(readControl(s)).toEqual({ value: '', text: '' });
    s.value = '1';
    expect(readControl(s)).toEqual({ value: '1', text: 'Satu Dua' });
    s.selectedIndex = -1;
    expect(readControl(s)).toEqual({ value: '', text: '' });
    expect(readControl(el(d, '#t'))).toEqual({ value: 'isi', text: 'isi' });
  });

  it('matchOption: by value, else by text, never a placeholder or a disabled option', () => {
    const d = doc(`<select id="s"><option value="">PPK</option><option value="x" disabled>Pokja</option><option value="10">  Pejabat  Pembuat Komitmen </option><option value="ppk">Lain</option></select>`);
    const s = el(d, '#s') as HTMLSelectElement;
    expect(matchOption(s, 'PPK')).toEqual({ value: 'ppk', text: 'Lain' });
    expect(matchOption(s, 'pejabat pembuat komitmen')).toEqual({ value: '10', text: 'Pejabat Pembuat Komitmen' });
    expect(matchOption(s, 'Pokja')).toBeNull();
    expect(matchOption(s, '   ')).toBeNull();
  });

  it('matchChoices: several wanted values by value or text, duplicates once, the rest unmatched', () => {
    const d = doc(`<label><input name="g" type="checkbox" value="ppk"> Pejabat Pembuat Komitmen</label><label><input name="g" type="checkbox" value="pokja"> Panitia</label><label><input name="g" type="checkbox"> Tanpa nilai</label>`);
    const group = Array.from(d.querySelectorAll('[name="g"]')) as FieldElement[];
    expect(matchChoices(group, 'PPK; panitia, ppk , Auditor', false)).toEqual({ values: ['ppk', 'pokja'], texts: ['Pejabat Pembuat Komitmen', 'Panitia'], unmatched: ['Auditor'] });
    expect(matchChoices(group, 'PPK, Panitia', true)).toEqual({ values: [], texts: [], unmatched: ['PPK, Panitia'] });
    expect(matchChoices(group, 'Tanpa nilai', true)).toEqual({ values: ['on'], texts: ['Tanpa nilai'], unmatched: [] });
  });
});

describe('events the page notices', () => {
  it('fire: bubbling input (InputEvent) and change events; keyup with no key code', () => {
    const d = doc('<input id="a">');
    const seen: string[] = [];
    d.addEventListener('input', (e) => seen.push(`${e.type}:${e.constructor.name}:${e.bubbles}:${e.cancelable}`));
    d.addEventListener('change', (e) => seen.push(`${e.type}:${e.constructor.name}:${e.bubbles}`));
    d.addEventListener('keyup', (e) => seen.push(`${e.type}:${(e as KeyboardEvent).key}:${e.bubbles}:${e.cancelable}`));
    fire(el(d, '#a'), 'input');
    fire(el(d, '#a'), 'change');
    fireKeyup(el(d, '#a'));
    expect(seen).toEqual(['input:InputEvent:true:false', 'change:Event:true', 'keyup:Unidentified:true:true']);
  });

  it('blurControl: a focused control really blurs; one never focused gets blur + bubbling focusout', () => {
    const d = doc('<input id="a"><input id="b">');
    const a = el(d, '#a') as HTMLInputElement;
    const b = el(d, '#b') as HTMLInputElement;
    a.focus();
    expect(d.activeElement).toBe(a);
    blurControl(a);
    expect(d.activeElement).not.toBe(a);
    const seen: string[] = [];
    b.addEventListener('blur', (e) => seen.push(`blur:${e.bubbles}`));
    d.addEventListener('focusout', (e) => seen.push(`focusout:${e.bubbles}`));
    blurControl(b);
    expect(seen).toEqual(['blur:false', 'focusout:true']);
  });
});
