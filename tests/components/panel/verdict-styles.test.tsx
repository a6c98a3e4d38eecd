// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimerBadge } from '../../../components/panel/TimerBadge';
import type { StepTiming } from '../../../lib/timing';

const css = readFileSync(join(process.cwd(), 'components/panel/panel.css'), 'utf8');
const selectors = new Set([...css.matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]));

function timing(verdict: StepTiming['verdict']): StepTiming {
  return { running: false, elapsedWorkingMinutes: 10, elapsedDays: 0, heldWorkingMinutes: 0, used: 0.5, verdict } as StepTiming;
}

describe('verdict badges', () => {
  it.each(['on-time', 'warning', 'late'] as const)('the %s badge has a style in panel.css', (verdict) => {
    const { container } = render(<TimerBadge timing={timing(verdict)} lang="id" />);
    const badge = container.querySelector('[data-testid="pandu-timer"] > span');
    expect(badge).not.toBeNull();
    const classes = [...badge!.classList];
    expect(classes.length).toBeGreaterThan(0);
    for (const c of classes) expect(selectors, `.${c} missing in panel.css`).toContain(c);
  });
});
