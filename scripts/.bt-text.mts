import { readFileSync } from 'node:fs';
import { extractText } from '/work/wt/borntext/lib/documents/read.ts';
const f = process.argv[2];
const b = readFileSync(f);
const r = await extractText({ name: f, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) });
console.log('text' in r ? r.text : r);
