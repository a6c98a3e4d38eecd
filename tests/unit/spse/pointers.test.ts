import { describe, expect, it } from 'vitest';
import { findActionElement, pageHref, pointerFor } from '../../../lib/spse/pointers';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { sandboxDoc } from './helpers';

const step4 = getBuiltinSop('oganilir-04-user-id-ppk')!.steps.find((s) => s.no === 4)!; // login, pegawai-list, pegawai-form

describe('pointers to the next action', () => {
  it('resolves the step’s page through the route table and the current host’s base (both layouts)', () => {
    expect(pageHref('pegawai-form', 'https://lpse.contoh.go.id/eproc4/home')).toBe('https://lpse.contoh.go.id/eproc4/pegawai/baru');
    expect(pageHref('pegawai-form', 'https://spse.inaproc.id/lkpp/home')).toBe('https://spse.inaproc.id/lkpp/pegawai/baru');
    const p = pointerFor(step4.pages!, 'home', 'http://127.0.0.1:5000/eproc4/home');
    expect(p.open).toEqual({ pageId: 'pegawai-form', title: 'Formulir Pegawai (PPK/Pokja)', href: 'http://127.0.0.1:5000/eproc4/pegawai/baru' });
    expect(p.target).toBeNull();
  });

  it('on arrival, names the element to act on: "Tambah" on the list, Simpan on the form (sandbox pages)', () => {
    const onList = pointerFor(step4.pages!, 'pegawai-list', 'http://x/eproc4/pegawai');
    expect(onList.open).toBeNull();
    const list = sandboxDoc('/eproc4/pegawai');
    expect(findActionElement(list, onList.target!)?.getAttribute('href')).toBe('/eproc4/pegawai/baru');
    const onForm = pointerFor(step4.pages!, 'pegawai-form', 'http://x/lkpp/pegawai/baru');
    const form = sandboxDoc('/lkpp/pegawai/baru');
    expect(findActionElement(form, onForm.target!)?.getAttribute('name')).toBe('simpan');
    expect(onForm.target!.hint.id).toContain('Simpan');
  });

  it('steps without SPSE pages point nowhere', () => {
    expect(pointerFor([], 'home', 'http://x/eproc4/home')).toEqual({ open: null, target: null });
    expect(pointerFor(['login', 'home'], 'home', 'http://x/eproc4/home')).toEqual({ open: null, target: null });
  });
});
