import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = resolve(__dirname, '../../..');
// The same tsx that `npx tsx` resolves to, without npx's start-up cost on every call.
const TSX = join(root, 'node_modules/.bin/tsx');

/** Runs `pandu ARGS…` as a child process (in another time zone, to prove nothing depends on it). */
export async function pandu(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(TSX, ['scripts/pandu.ts', ...args], { cwd: root, env: { ...process.env, TZ: 'America/New_York' } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
