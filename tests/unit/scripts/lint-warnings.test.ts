import { describe, expect, it } from 'vitest';
import { sortLintWarnings } from '../../../scripts/cli/lint-warnings';

const files: Record<string, string> = {
  'background.js': 'x\nvar g=a||Function("return this")();var ours=new Function(userText);',
  'chunks/ui.js': 'if(r=u.__html,r!=null){f?.__html!==r&&(e.innerHTML=r)}\nel.innerHTML=letter.body;',
};
const source = (f: string) => files[f] ?? null;

describe('web-ext lint warnings: bundled libraries explained, our own code not', () => {
  it('explains a library’s global-this fallback and react-dom’s innerHTML', () => {
    const { explained, unexplained } = sortLintWarnings(
      [
        { code: 'DANGEROUS_EVAL', message: 'eval', file: 'background.js', line: 2, column: 10 },
        { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'innerHTML', file: 'chunks/ui.js', line: 1, column: 40 },
      ],
      source,
    );
    expect(unexplained).toEqual([]);
    expect(explained.map((e) => e.library)).toEqual([expect.stringContaining('core-js'), 'react-dom']);
  });

  it('leaves our own eval, innerHTML and manifest warnings unexplained', () => {
    const mine = [
      { code: 'DANGEROUS_EVAL', message: 'eval', file: 'background.js', line: 2, column: 45 },
      { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'innerHTML', file: 'chunks/ui.js', line: 2, column: 1 },
      { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', message: 'manifest', file: 'manifest.json' },
    ];
    const { explained, unexplained } = sortLintWarnings(mine, source);
    expect(explained).toEqual([]);
    expect(unexplained).toEqual(mine);
  });
});
