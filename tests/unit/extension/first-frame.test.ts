import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FIRST_FRAMES_MAX,
  buildFrameNodes,
  frameNodesOf,
  firstFrameInputs,
  leaveHandedFrames,
  paintFirstFrame,
  pickFirstFrame,
  takeHandedFrames,
  takePaintedFrame,
  withFirstFrame,
  type FirstFrame,
} from '../../../lib/extension/first-frame';
import { firstFramesToHand } from '../../../lib/extension/first-frame-hand';

/** Issue 14: the panel's first frame painted by the bootstrap from what the panel rendered before. */
const state = { collapsed: false, lang: 'id' as const, width: null };
const frame = (over: Partial<FirstFrame> = {}): FirstFrame => ({ ...firstFrameInputs('1.0.0', 'auditor-form', state, 1400), css: '.x{}', nodes: [['div', { 'data-testid': 'pandu-panel' }, 'Langkah 1']], ...over });

describe('first frame inputs and the stored frames', () => {
  it('the inputs follow the panel layout: dock and the default width on a wide window, overlay on a narrow one, the chosen width clamped', () => {
    expect(firstFrameInputs('1.0.0', 'auditor-form', state, 1400)).toEqual({ version: '1.0.0', pageId: 'auditor-form', lang: 'id', collapsed: false, mode: 'dock', width: 380 });
    expect(firstFrameInputs('1.0.0', 'auditor-form', { ...state, width: 900 }, 1000)).toMatchObject({ mode: 'overlay', width: 600 });
  });

  it('a frame is picked only for exactly the same version, page, language, state, mode and width', () => {
    const stored = [frame()];
    const want = firstFrameInputs('1.0.0', 'auditor-form', state, 1400);
    expect(pickFirstFrame(stored, want)?.nodes).toEqual([['div', { 'data-testid': 'pandu-panel' }, 'Langkah 1']]);
    for (const other of [
      { ...want, version: '1.0.1' },
      { ...want, pageId: 'pegawai-form' },
      { ...want, lang: 'en' as const },
      { ...want, collapsed: true },
      { ...want, mode: 'overlay' as const },
      { ...want, width: 400 },
    ])
      expect(pickFirstFrame(stored, other)).toBeNull();
  });

  it('anything that is not a stored frame is ignored (garbage, another shape); a huge frame is not kept', () => {
    const want = firstFrameInputs('1.0.0', 'auditor-form', state, 1400);
    expect(pickFirstFrame(undefined, want)).toBeNull();
    expect(pickFirstFrame('x', want)).toBeNull();
    expect(pickFirstFrame([{ ...frame(), nodes: '<div>' }], want)).toBeNull();
    expect(withFirstFrame([], frame({ nodes: ['x'.repeat(300_000)] }))).toBeNull();
  });

  it('a new frame goes first and replaces the one for the same inputs; the same frame again writes nothing; at most FIRST_FRAMES_MAX', () => {
    const a = frame();
    expect(withFirstFrame(undefined, a)).toEqual([a]);
    expect(withFirstFrame([a], { ...a })).toBeNull();
    const changed = frame({ nodes: [['div', {}, 'Langkah 2']] });
    expect(withFirstFrame([a], changed)).toEqual([changed]);
    const many = Array.from({ length: FIRST_FRAMES_MAX + 5 }, (_, i) => frame({ pageId: `p${i}` }));
    const next = withFirstFrame(many, frame({ pageId: 'new' }));
    expect(next).toHaveLength(FIRST_FRAMES_MAX);
    expect(next?.[0].pageId).toBe('new');
  });
});

describe('a first frame as plain data (never HTML)', () => {
  it('the rendered markup round-trips: elements, attributes, texts, SVG', () => {
    const doc = new JSDOM('<html><body></body></html>').window.document;
    const from = doc.createElement('div');
    from.innerHTML = '<aside data-testid="pandu-panel" class="p" style="width: 380px"><h2>Langkah 1 &lt;b&gt;</h2><svg viewBox="0 0 10 10"><path d="M0 0L10 10"></path></svg><button type="button" aria-label="Tutup">×</button></aside>';
    const nodes = frameNodesOf(from);
    expect(nodes[0]).toEqual(['aside', { 'data-testid': 'pandu-panel', class: 'p', style: 'width: 380px' }, ['h2', {}, 'Langkah 1 <b>'], ['svg:svg', { viewBox: '0 0 10 10' }, ['svg:path', { d: 'M0 0L10 10' }]], ['button', { type: 'button', 'aria-label': 'Tutup' }, '×']]);
    const to = doc.createElement('div');
    buildFrameNodes(to, JSON.parse(JSON.stringify(nodes)));
    expect(to.innerHTML).toBe(from.innerHTML);
    expect(to.querySelector('path')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    // Text stays text: no element comes out of it.
    expect(to.querySelector('b')).toBeNull();
  });

  it('nothing that loads or runs is rebuilt: no script, iframe, style or link, no on… attribute, no javascript: address, no odd names', () => {
    const doc = new JSDOM('<html><body></body></html>').window.document;
    const to = doc.createElement('div');
    buildFrameNodes(to, [
      ['script', {}, 'alert(1)'],
      ['iframe', { src: 'https://x.example' }],
      ['style', {}, '*{}'],
      ['link', { rel: 'stylesheet', href: 'x.css' }],
      ['svg:script', {}, 'x'],
      ['img src=x onerror=alert(1)', {}],
      ['a', { href: 'javascript:alert(1)', onclick: 'alert(1)', ONMOUSEOVER: 'x', title: 'ok', 'bad name': 'x' }, 'tautan'],
      ['p', 'not attributes', 'x'],
      42,
      ['div', {}, ['div', {}, ['span', {}, 'dalam']]],
    ]);
    expect(to.innerHTML).toBe('<a title="ok">tautan</a><div><div><span>dalam</span></div></div>');
  });
});

describe('painting a first frame into the panel host', () => {
  afterEach(() => {
    takePaintedFrame(null as unknown as HTMLElement);
    takeHandedFrames();
  });

  it('a closed shadow root with the stored style and an inert copy of the markup; the page space reserved as the panel will', () => {
    const doc = new JSDOM('<html><body><p>SPSE</p></body></html>').window.document;
    const host = doc.createElement('pandu-panel');
    doc.body.append(host);
    const painted = paintFirstFrame(host, frame());
    expect(host.shadowRoot).toBeNull();
    expect(painted.style.textContent).toBe('.x{}');
    expect(painted.wrapper.hasAttribute('inert')).toBe(true);
    expect(painted.wrapper.className).toBe('pandu-root');
    expect(painted.wrapper.querySelector('[data-testid="pandu-panel"]')?.textContent).toBe('Langkah 1');
    expect(doc.documentElement.style.marginRight).toBe('380px');
    // The panel takes it once, on the same host only.
    expect(takePaintedFrame(doc.createElement('pandu-panel'))).toBeUndefined();
    paintFirstFrame(doc.body.appendChild(doc.createElement('pandu-panel')), frame({ collapsed: true }));
  });

  it('a collapsed first frame leaves the page its space; the panel takes the frame painted on its host', () => {
    const doc = new JSDOM('<html><body></body></html>').window.document;
    const host = doc.body.appendChild(doc.createElement('pandu-panel'));
    const painted = paintFirstFrame(host, frame({ collapsed: true, nodes: [['button', { 'data-testid': 'pandu-tab' }, 'Pandu']] }));
    expect(doc.documentElement.style.marginRight).toBe('');
    expect(takePaintedFrame(host)).toBe(painted);
    expect(takePaintedFrame(host)).toBeUndefined();
  });

  it('what the background hands over is taken once by the bootstrap', () => {
    expect(takeHandedFrames()).toBeNull();
    leaveHandedFrames({ state, frames: [frame()] });
    expect(takeHandedFrames()?.frames).toHaveLength(1);
    expect(takeHandedFrames()).toBeNull();
  });
});

describe('the background’s copy of the stored frames (firstFramesToHand)', () => {
  function store(data: Record<string, unknown>) {
    let reads = 0;
    let listener: ((c: Record<string, unknown>, a: string) => void) | null = null;
    const hand = firstFramesToHand({ get: async () => (reads++, data) }, (l) => (listener = l));
    return { hand, reads: () => reads, change: (c: Record<string, unknown>, area = 'local') => listener?.(c, area) };
  }

  it('hands the frames of the pages the address points to, in the remembered language and state; none for no page', async () => {
    const frames = [frame(), frame({ pageId: 'pegawai-form' }), frame({ lang: 'en' }), frame({ collapsed: true })];
    const s = store({ 'pandu.panel.firstFrames': frames });
    expect(await s.hand.forPages([])).toBeNull();
    const got = await s.hand.forPages(['auditor-form']);
    expect(got?.state).toEqual(state);
    expect(got?.frames.map((f) => [f.pageId, f.lang, f.collapsed])).toEqual([['auditor-form', 'id', false]]);
    expect(await s.hand.forPages(['verifikator-list'])).toBeNull();
  });

  it('reads storage once, and again only after one of its keys changed', async () => {
    const s = store({ 'pandu.panel.firstFrames': [frame()] });
    await s.hand.forPages(['auditor-form']);
    await s.hand.forPages(['auditor-form']);
    expect(s.reads()).toBe(1);
    s.change({ 'pandu.logChanged': 1 });
    s.change({ 'pandu.lang': 'en' }, 'sync');
    await s.hand.forPages(['auditor-form']);
    expect(s.reads()).toBe(1);
    s.change({ 'pandu.lang': 'en' });
    await s.hand.forPages(['auditor-form']);
    expect(s.reads()).toBe(2);
  });
});
