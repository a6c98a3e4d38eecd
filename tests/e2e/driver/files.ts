import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function screenshotPath(name: string, under = 'screenshots'): string {
  const dir = resolve(under);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
