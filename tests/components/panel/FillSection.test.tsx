// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FillSection } from '../../../components/panel/FillSection';
import { caseSchema } from '../../../lib/log/schema';

afterEach(cleanup);

const at = '2026-11-23T08:00:00+07:00';
const person = (name: string, action?: 'create' | 'deactivate' | 'reset') => ({ name, nip: null, position: null, email: null, phone: null, doneAt: null, ...(action && { action }) });

describe('FillSection (issue 12: request actions)', () => {
  it('offers the account form only the people to create: not the outgoing PPK of a replacement letter', () => {
    const kase = caseSchema.parse({
      id: 'k1',
      sopId: 'oganilir-04-user-id-ppk',
      letter: { subject: 'Penggantian PPK' },
      people: [person('Agus Salim, S.Sos.', 'deactivate'), person('Ratna Dewi, S.E.', 'create')],
      receivedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    render(<FillSection lang="id" pageId="pegawai-form" activeCase={kase} profiles={[]} onMarkDone={() => {}} />);
    const preview = screen.getByTestId('pandu-fill-preview').textContent ?? '';
    expect(preview).toContain('Ratna Dewi, S.E.');
    expect(preview).not.toContain('Agus Salim');
  });

  it('treats people recorded before actions existed as people to create', () => {
    const kase = caseSchema.parse({ id: 'k2', sopId: 'x', letter: {}, people: [person('Budi'), person('Sari')], receivedAt: at, createdAt: at, updatedAt: at });
    render(<FillSection lang="id" pageId="pegawai-form" activeCase={kase} profiles={[]} onMarkDone={() => {}} />);
    expect(screen.getByTestId('pandu-person-picker').textContent).toMatch(/Budi[\s\S]*Sari/);
  });

  it('shows nothing when nobody in the letter is to be created (a reset letter)', () => {
    const kase = caseSchema.parse({ id: 'k3', sopId: 'x', letter: {}, people: [person('Budi', 'reset')], receivedAt: at, createdAt: at, updatedAt: at });
    render(<FillSection lang="id" pageId="pegawai-form" activeCase={kase} profiles={[]} onMarkDone={() => {}} />);
    expect(screen.queryByTestId('pandu-fill-preview')).toBeNull();
  });
});
