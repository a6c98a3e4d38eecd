import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function screenshotPath(name: string): string {
  const dir = resolve('screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
