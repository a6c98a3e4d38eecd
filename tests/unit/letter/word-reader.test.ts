import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/documents';
import { parseLetter } from '../../../lib/letter';
import { wordDocx } from '../../fixtures/office-files';

const p = (text: string, ind?: string) => `<w:p>${ind ? `<w:pPr>${ind}</w:pPr>` : ''}<w:r>${text.split('\t').map((t, i) => (i ? '<w:tab/>' : '') + `<w:t xml:space="preserve">${t}</w:t>`).join('')}</w:r></w:p>`;

async function docxText(body: string): Promise<string> {
  const buf = await wordDocx(body, new Date('2026-01-01T00:00:00Z'));
  const r = await extractText({ name: 'surat.docx', arrayBuffer: async () => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
  if ('error' in r) throw new Error(r.error);
  return r.text;
}

describe('Word reader: indents and text boxes', () => {
  it('keeps an indented paragraph indented, so a wrapped Perihal value joins its line', async () => {
    const text = await docxText(
      [
        p('Nomor\t: 700/07/INSP/2026'),
        p('Perihal\t: Permohonan Registrasi User ID'),
        p('Auditor pada LPSE', '<w:ind w:left="1440"/>'),
        p('Daftar:', '<w:ind w:left="720" w:hanging="720"/>'),
      ].join(''),
    );
    expect(text.split('\n')).toContain('        Auditor pada LPSE');
    // A hanging indent puts the first line back at the margin.
    expect(text.split('\n')).toContain('Daftar:');
    expect(parseLetter(text).letter.subject).toBe('Permohonan Registrasi User ID Auditor pada LPSE');
  });

  it('reads a text box in the body once, in reading order (DrawingML with its VML fallback)', async () => {
    const inner = p('DINAS KESEHATAN') + p('Jalan Merdeka 1');
    const box = `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const text = await docxText(box + p('Nomor\t: 1/2/2026'));
    expect(text.match(/DINAS KESEHATAN/g)).toHaveLength(1);
    expect(parseLetter(text).letter).toMatchObject({ sender: 'DINAS KESEHATAN', number: '1/2/2026' });
  });
});
