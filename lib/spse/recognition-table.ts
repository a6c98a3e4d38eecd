/**
 * The built-in route table as the bootstrap content script sees it: plain data compiled at build
 * time (lib/spse/compile.ts → compiled/recognition.json). No zod here: nothing is validated at
 * page load (the unit test validates the compiled file).
 */
import type { PageDef } from './routes';
import compiled from './compiled/recognition.json';

export type RecognitionRoute = Pick<PageDef, 'id' | 'role' | 'roleByMenu' | 'urlPatterns' | 'urlKnown' | 'host' | 'signature'>;

export const RECOGNITION_ROUTES: readonly RecognitionRoute[] = compiled as RecognitionRoute[];
