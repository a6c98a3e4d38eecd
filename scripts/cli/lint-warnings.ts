/**
 * `web-ext lint` warnings on the Firefox build, sorted into those that come from a bundled library
 * (each named, with the reason it is harmless here) and those that do not — our own code, which
 * must have none. A warning is recognised by the minified source around its line and column.
 */
export type LintWarning = { code: string; message: string; file?: string; line?: number; column?: number };
export type Explained = { warning: LintWarning; library: string; why: string };

/**
 * `near` is tested against the source around the warning with `⟨` marking its exact column
 * (web-ext's columns are 1-based), so a pattern names the very token the linter flagged.
 */
type Known = { code: string; near: RegExp; library: string; why: string };

const GLOBAL_THIS = 'finds the global object through Function("return this") as a fallback; never reached in a browser, where globalThis exists';

/** Every known, explained warning. Add an entry only with the library's name and the reason. */
export const KNOWN_WARNINGS: Known[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', near: /__html!==\w+&&\(⟨\w+\.innerHTML=/, library: 'react-dom', why: 'support for dangerouslySetInnerHTML, which Pandu never uses (letter text is never rendered as HTML)' },
  { code: 'DANGEROUS_EVAL', near: /⟨Function\("return this"\)\(\)/, library: 'core-js / lodash / regenerator-runtime / underscore (inside exceljs, mammoth, pdf.js)', why: GLOBAL_THIS },
  { code: 'DANGEROUS_EVAL', near: /⟨new Function\("return this"\)\(\)/, library: 'webpack runtime (inside the tesseract.js OCR worker)', why: GLOBAL_THIS },
  { code: 'DANGEROUS_EVAL', near: /⟨new Function\(""\+\w+\)\)/, library: 'setimmediate (inside exceljs)', why: 'setImmediate(string) compatibility; nothing calls setImmediate with a string' },
  { code: 'DANGEROUS_EVAL', near: /⟨Function\("r","regeneratorRuntime = r"\)/, library: 'regenerator-runtime (inside exceljs)', why: 'sloppy-mode fallback to set a global; the globalThis branch before it is taken' },
  { code: 'DANGEROUS_EVAL', near: /⟨Function\('return require\("'/, library: 'core-js (inside pdf.js)', why: 'Node.js module loader fallback; there is no require in a browser' },
  { code: 'DANGEROUS_EVAL', near: /⟨new Function\(""\),!0\}catch/, library: 'pdf.js', why: 'feature test for eval; Pandu opens PDFs with isEvalSupported: false' },
  { code: 'DANGEROUS_EVAL', near: /⟨new Function\("src","srcOffset","dest","destOffset"/, library: 'pdf.js', why: 'PostScript function compiler, used only when isEvalSupported is true; Pandu passes false' },
  { code: 'DANGEROUS_EVAL', near: /⟨new Function\(\w+,"_",\w+\)\}catch\(\w+\)\{throw \w+\.source=/, library: 'underscore (inside mammoth)', why: '_.template compiler; mammoth never calls _.template' },
  { code: 'DANGEROUS_EVAL', near: /⟨Function\.apply\(null,\w+\)\.apply\(null,\w+\)/, library: 'pouchdb-utils (scopeEval, inside pouchdb-core)', why: 'compiles map/filter functions given as strings; Pandu\'s team sync passes none (it writes and reads documents only)' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', near: /⟨import\(this\.workerSrc\)/, library: 'pdf.js', why: 'fake-worker loader, never reached: Pandu bundles the worker module and sets globalThis.pdfjsWorker, so workerSrc is not imported' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', near: /openjpeg_nowasm_fallback\.js`;.{0,40}⟨import\(\w+\)/, library: 'pdf.js', why: "optional JPEG 2000 decoder from the extension's own files; not shipped, so the import fails and is caught" },
];

/** Split warnings into explained ones and the rest; `source(file)` returns a built file's text. */
export function sortLintWarnings(warnings: LintWarning[], source: (file: string) => string | null): { explained: Explained[]; unexplained: LintWarning[] } {
  const explained: Explained[] = [];
  const unexplained: LintWarning[] = [];
  for (const w of warnings) {
    const text = w.file && w.line ? source(w.file) : null;
    const line = text?.split('\n')[w.line! - 1] ?? '';
    const at = Math.max(0, (w.column ?? 1) - 1);
    const around = line ? `${line.slice(Math.max(0, at - 80), at)}⟨${line.slice(at, at + 80)}` : '';
    const known = around ? KNOWN_WARNINGS.find((k) => k.code === w.code && k.near.test(around)) : undefined;
    if (known) explained.push({ warning: w, library: known.library, why: known.why });
    else unexplained.push(w);
  }
  return { explained, unexplained };
}
