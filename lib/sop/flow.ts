import type { Sop, SopStep } from './schema';

/**
 * Layout of the flowchart inside the step table: which lane holds a symbol and where the
 * connector lines run. Pure, so the viewer only draws what this says.
 *
 * Connectors are elbows between consecutive steps: down from the previous step's symbol to the
 * bottom of its row, along the top edge of the next row, and down into the next step's symbol.
 * Steps with several actors get a symbol in each of their lanes, joined at mid-height.
 */

export type SymbolKind = 'terminator' | 'decision' | 'process';

export type Segment = 'none' | 'left' | 'right' | 'full';

export type FlowCell = {
  laneId: string;
  /** The symbol drawn in this lane, if the step happens in it. */
  symbol: SymbolKind | null;
  /** Vertical line from the top of the cell into the symbol (arrow). */
  lineIn: boolean;
  /** Vertical line from the symbol down to the bottom of the cell. */
  lineOut: boolean;
  /** Horizontal line along the top edge (joining the previous step's lane to this one). */
  top: Segment;
  /** Horizontal line at mid-height joining the symbols of one multi-actor step. */
  middle: Segment;
};

export function symbolKind(step: Pick<SopStep, 'marker' | 'kind'>): SymbolKind {
  if (step.marker === 'start' || step.marker === 'end') return 'terminator';
  return step.kind === 'decision' ? 'decision' : 'process';
}

function span(c: number, a: number, b: number): Segment {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (lo === hi || c < lo || c > hi) return 'none';
  if (c === lo) return 'right';
  if (c === hi) return 'left';
  return 'full';
}

/** One row of cells (one per lane, in lane order) for every step, in step order. */
export function flowLayout(sop: Pick<Sop, 'lanes' | 'steps'>): FlowCell[][] {
  const laneIndex = new Map(sop.lanes.map((l, i) => [l.id, i]));
  const cols = (step: SopStep) =>
    step.actors
      .map((a) => laneIndex.get(a))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
  // The lane where the flow enters and leaves a step: its first actor.
  const primary = (step: SopStep) => laneIndex.get(step.actors[0]) ?? cols(step)[0] ?? 0;

  return sop.steps.map((step, r) => {
    const mine = cols(step);
    const prev = r > 0 ? sop.steps[r - 1] : null;
    const next = r < sop.steps.length - 1 ? sop.steps[r + 1] : null;
    const incoming = prev !== null && prev.marker !== 'end';
    const outgoing = next !== null && step.marker !== 'end';
    const here = primary(step);
    const from = prev ? primary(prev) : here;
    const lo = mine[0] ?? here;
    const hi = mine[mine.length - 1] ?? here;
    return sop.lanes.map((lane, c) => ({
      laneId: lane.id,
      symbol: mine.includes(c) ? symbolKind(step) : null,
      lineIn: incoming && c === here,
      lineOut: outgoing && c === here,
      top: incoming ? span(c, from, here) : 'none',
      middle: span(c, lo, hi),
    }));
  });
}
