// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { printInFrame } from '../../../components/common/print-frame';

describe('printInFrame: "Cetak" opens the print dialog for the document, in this page', () => {
  it('puts the document into a hidden, script-less frame and asks that frame to print once it is loaded', () => {
    const frame = printInFrame('<!doctype html><title>Buku Agenda</title><p>isi</p>');
    expect(frame.isConnected).toBe(true);
    expect(frame.srcdoc).toContain('<p>isi</p>');
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    const print = vi.spyOn(frame.contentWindow!, 'print').mockImplementation(() => {});
    frame.dispatchEvent(new Event('load'));
    expect(print).toHaveBeenCalledTimes(1);
    expect(frame.dataset.printed).toBe('true');
  });

  it('a second print replaces the first frame (one frame at most)', () => {
    printInFrame('<p>satu</p>');
    const second = printInFrame('<p>dua</p>');
    const frames = document.querySelectorAll('iframe[data-pandu-print]');
    expect(frames).toHaveLength(1);
    expect(frames[0]).toBe(second);
  });
});
