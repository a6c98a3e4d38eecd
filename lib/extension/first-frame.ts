/**
 * The panel's first frame, painted by the bootstrap (issue 14: DCL → panel visible ≤ 100 ms).
 *
 * The panel's first frame on a recognised page depends only on the page (its id), the panel's
 * remembered state (language, collapsed, width), the window's layout (dock or overlay, width) and
 * the SOP catalog: the open cases, timers and everything personal come later, from the log. The
 * panel keeps the markup of that first frame (its first React commit, before any case is read)
 * in extension storage; on the next load of the same page with the same state the bootstrap
 * paints it into the panel's closed shadow root at once, inert, while the background injects the
 * panel and the tab parses it. The panel then renders into the same element: React replaces the
 * inert copy with the live one in its first commit (same markup, nothing moves).
 *
 * Never stale in a way that matters: a frame is used only for the same extension version, page,
 * language, collapsed state, layout mode and width; the background forgets every frame when the
 * SOP catalog or the taught pages change. No zod, no React: this runs in the bootstrap.
 */
import { releasePageSpace, reservePageSpace } from './dock';
import { panelLayout, type PanelMode } from './panel-layout';
import type { PanelStartState } from './panel-start-state';

export const FIRST_FRAMES_KEY = 'pandu.panel.firstFrames';
/** A working day's pages in both languages and states; the oldest are forgotten first. */
export const FIRST_FRAMES_MAX = 24;
/** A frame bigger than this (as JSON) is not kept (a first frame is a few KiB). */
export const FIRST_FRAME_MAX_CHARS = 200_000;
/** Deeper nesting than this is no panel markup: not rebuilt. */
const MAX_DEPTH = 64;
const SVG_NS = 'http://www.w3.org/2000/svg';
const TAG = /^(?:svg:)?[a-z][a-z0-9-]*$/i;
/** Elements never rebuilt (the panel renders none: nothing that loads or runs anything). */
const NEVER = /^(?:svg:)?(?:script|iframe|frame|frameset|object|embed|link|meta|base|style|template|foreignobject)$/i;
/** Attribute names rebuilt; never an event handler (`on…`). */
const ATTRIBUTE = /^(?!on)[a-z][a-z0-9_.:-]*$/i;

/** The panel's rendered markup under `root` as frame nodes (elements and texts only). */
export function frameNodesOf(root: Node): FrameNode[] {
  const out: FrameNode[] = [];
  root.childNodes.forEach((n) => {
    if (n.nodeType === 3) out.push((n as Text).data);
    else if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.namespaceURI === SVG_NS ? `svg:${el.localName}` : el.localName;
      const attrs: Record<string, string> = {};
      for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
      out.push([tag, attrs, ...frameNodesOf(el)]);
    }
  });
  return out;
}

/** Rebuilds frame nodes under `into`; anything not of a frame node's shape is left out. */
export function buildFrameNodes(into: Element, nodes: unknown, depth = 0): void {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
  const doc = into.ownerDocument;
  for (const node of nodes) {
    if (typeof node === 'string') {
      into.append(doc.createTextNode(node));
      continue;
    }
    if (!Array.isArray(node) || typeof node[0] !== 'string' || !TAG.test(node[0]) || NEVER.test(node[0]) || !node[1] || typeof node[1] !== 'object') continue;
    const [tag, attrs, ...children] = node as [string, Record<string, unknown>, ...unknown[]];
    const el = tag.startsWith('svg:') ? doc.createElementNS(SVG_NS, tag.slice(4)) : doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) if (ATTRIBUTE.test(name) && typeof value === 'string' && !/^\s*javascript:/i.test(value)) el.setAttribute(name, value);
    buildFrameNodes(el, children, depth + 1);
    into.append(el);
  }
}

/** What a first frame was painted for: the same inputs give the same first frame. */
export type FirstFrameInputs = { version: string; pageId: string; lang: 'id' | 'en'; collapsed: boolean; mode: PanelMode; width: number };
/**
 * A node of a stored first frame: a text, or `[tag, attributes, ...children]` (SVG elements as
 * `svg:tag`). Kept as plain data, never as HTML: the bootstrap rebuilds it with createElement,
 * setAttribute and text nodes (no HTML parser, no event-handler attribute).
 */
export type FrameNode = string | [string, Record<string, string>, ...FrameNode[]];
export type FirstFrame = FirstFrameInputs & { css: string; nodes: FrameNode[] };

/** The inputs of the panel's first frame on page `pageId` in a window `viewport` px wide. */
export function firstFrameInputs(version: string, pageId: string, state: PanelStartState, viewport: number): FirstFrameInputs {
  const { mode, width } = panelLayout(viewport, state.width);
  return { version, pageId, lang: state.lang, collapsed: state.collapsed, mode, width };
}

const INPUT_KEYS = ['version', 'pageId', 'lang', 'collapsed', 'mode', 'width'] as const;

function sameInputs(a: FirstFrameInputs, b: FirstFrameInputs): boolean {
  return INPUT_KEYS.every((k) => a[k] === b[k]);
}

/** A stored frame of the right shape (storage is ours, but an older version may have left another shape). */
function isFrame(v: unknown): v is FirstFrame {
  if (!v || typeof v !== 'object') return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.version === 'string' &&
    typeof f.pageId === 'string' &&
    (f.lang === 'id' || f.lang === 'en') &&
    typeof f.collapsed === 'boolean' &&
    (f.mode === 'dock' || f.mode === 'overlay') &&
    typeof f.width === 'number' &&
    typeof f.css === 'string' &&
    Array.isArray(f.nodes)
  );
}

export function framesIn(stored: unknown): FirstFrame[] {
  return Array.isArray(stored) ? stored.filter(isFrame) : [];
}

/** The stored frame painted for exactly these inputs, or null. */
export function pickFirstFrame(stored: unknown, want: FirstFrameInputs): FirstFrame | null {
  return framesIn(stored).find((f) => sameInputs(f, want)) ?? null;
}

/**
 * The stored frames with `frame` first (replacing the one for the same inputs), at most
 * FIRST_FRAMES_MAX; null when the very same frame is stored already (nothing to write).
 */
export function withFirstFrame(stored: unknown, frame: FirstFrame): FirstFrame[] | null {
  const json = JSON.stringify(frame.nodes);
  if (json.length > FIRST_FRAME_MAX_CHARS) return null;
  const frames = framesIn(stored);
  const same = frames.find((f) => sameInputs(f, frame));
  if (same && JSON.stringify(same.nodes) === json && same.css === frame.css) return null;
  return [frame, ...frames.filter((f) => !sameInputs(f, frame))].slice(0, FIRST_FRAMES_MAX);
}

/** The panel's shadow root and its parts, as the bootstrap painted them (isolated-world globals page scripts cannot see). */
export type PaintedFrame = { host: HTMLElement; shadow: ShadowRoot; style: HTMLStyleElement; wrapper: HTMLElement };
type FrameGlobals = { __panduPaintedFrame?: PaintedFrame };

/**
 * Sandbox builds only (e2e): on an address with this hash the panel does not take the painted
 * first frame over, and the bootstrap hands its root to the e2e driver, so a test can look at the
 * first frame as the user sees it before the panel comes.
 */
export const HOLD_FIRST_FRAME_HASH = 'pandu-hold-first-frame';

/** The wrapper class the panel renders into (components/panel/mount.tsx). */
export const PANEL_WRAPPER_CLASS = 'pandu-root';

/**
 * Builds the panel's closed shadow root on `host` with its style and an empty wrapper; the
 * bootstrap (a stored first frame) or the panel (otherwise) calls it, once per host.
 */
export function attachPanelShadow(host: HTMLElement, css: string): Omit<PaintedFrame, 'host'> {
  const doc = host.ownerDocument;
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const wrapper = doc.createElement('div');
  wrapper.className = PANEL_WRAPPER_CLASS;
  shadow.append(style, wrapper);
  return { shadow, style, wrapper };
}

/**
 * Paints a stored first frame into the panel host: inert (nothing in it answers until the panel
 * takes it over), the page's space reserved as the panel will. Leaves it for the panel.
 */
export function paintFirstFrame(host: HTMLElement, frame: FirstFrame, g: FrameGlobals = globalThis as FrameGlobals): PaintedFrame {
  const parts = attachPanelShadow(host, frame.css);
  parts.wrapper.setAttribute('inert', '');
  // What the panel rendered itself, read back from the extension's own storage, rebuilt node by node.
  buildFrameNodes(parts.wrapper, frame.nodes);
  if (!frame.collapsed) reservePageSpace(host.ownerDocument, frame.width, frame.mode);
  const painted = { host, ...parts };
  g.__panduPaintedFrame = painted;
  return painted;
}

/**
 * The panel never came (its injection lost again and again): the painted copy is taken away and
 * the page gets its space back, so no dead panel stays on the page. The emptied frame stays for a
 * panel that comes after all (its host's shadow root can be attached only once).
 */
export function withdrawFirstFrame(g: FrameGlobals = globalThis as FrameGlobals): void {
  const painted = g.__panduPaintedFrame;
  if (!painted) return;
  painted.wrapper.replaceChildren();
  releasePageSpace(painted.host.ownerDocument);
}

/** Was a first frame painted on this host already (its shadow root can be attached only once)? */
export function paintedOn(host: HTMLElement, g: FrameGlobals = globalThis as FrameGlobals): boolean {
  return g.__panduPaintedFrame?.host === host;
}

/** The panel takes the frame the bootstrap painted on this very host (once), or gets undefined. */
export function takePaintedFrame(host: HTMLElement, g: FrameGlobals = globalThis as FrameGlobals): PaintedFrame | undefined {
  const painted = g.__panduPaintedFrame;
  g.__panduPaintedFrame = undefined;
  return painted && painted.host === host ? painted : undefined;
}

/**
 * What the background hands the bootstrap with its injection (Chrome): the panel's remembered
 * state and the stored first frames of the pages the address points to, so the bootstrap paints
 * in the same task it recognises the page in, with no storage round trip (a read answered after
 * the panel's injection lands waits for the panel's parse, and the frame comes too late).
 */
export type HandedFrames = { state: PanelStartState; frames: FirstFrame[] };
type HandedGlobals = { __panduHandedFrames?: HandedFrames };

/** The bootstrap takes what the background handed over before it (once), if anything. */
export function takeHandedFrames(g: HandedGlobals = globalThis as HandedGlobals): HandedFrames | null {
  const handed = g.__panduHandedFrames;
  delete g.__panduHandedFrames;
  return handed && typeof handed === 'object' && handed.state && Array.isArray(handed.frames) ? handed : null;
}

/**
 * The injected function (scripting.executeScript `func`, run in the tab's isolated world before
 * the bootstrap): self-contained, it leaves the hand-over where takeHandedFrames finds it.
 */
export function leaveHandedFrames(handed: HandedFrames): void {
  (globalThis as HandedGlobals).__panduHandedFrames = handed;
}
