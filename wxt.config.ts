import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { OPTIONAL_HOST_PATTERNS, SANDBOX_MATCHES, SPSE_MATCHES } from './lib/spse/hosts';
import { writeCompiledRoutes } from './lib/spse/compile';

/**
 * date-holidays ships the rules of ~200 countries (800 kB). The extension bundles only
 * Indonesia's, picked at build time from the installed package (nothing is committed).
 */
function indonesianHolidaysOnly(): Plugin {
  return {
    name: 'pandu:date-holidays-id-only',
    enforce: 'pre',
    async load(id) {
      if (!/date-holidays[\\/]src[\\/]data\.js$/.test(id)) return null;
      const spec = 'date-holidays/data'; // untyped module
      const { data } = (await import(spec)) as { data: { version: string; license: string; holidays: Record<string, unknown>; names: unknown } };
      const picked = { version: data.version, license: data.license, holidays: { ID: data.holidays.ID }, names: data.names };
      return `export const data = ${JSON.stringify(picked)};`;
    },
  };
}

/** moment-timezone (used by date-holidays) with the three Indonesian zones only, instead of every zone. */
function indonesianZonesOnly(): Plugin {
  const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Etc/UTC'];
  return {
    name: 'pandu:moment-timezone-id-only',
    enforce: 'pre',
    async load(id) {
      if (!/moment-timezone[\\/]index\.js$/.test(id)) return null;
      const { createRequire } = await import('node:module');
      const packed = createRequire(import.meta.url)('moment-timezone/data/packed/latest.json') as { version: string; zones: string[]; links: string[]; countries?: unknown };
      const zones = packed.zones.filter((z) => ZONES.includes(z.split('|')[0]));
      const data = { version: packed.version, zones, links: [] as string[] };
      return `var moment = module.exports = require("./moment-timezone");\nmoment.tz.load(${JSON.stringify(data)});`;
    },
  };
}

/**
 * OCR files copied from node_modules into the extension at build time (never committed, never
 * fetched at run time): the tesseract.js worker, its WASM core (SIMD, LSTM only) and the Indonesian
 * trained data (@tesseract.js-data/ind, integer LSTM model).
 */
function ocrAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const require = createRequire(import.meta.url);
  const pkg = (name: string) => dirname(require.resolve(`${name}/package.json`));
  return [
    { absoluteSrc: join(pkg('tesseract.js'), 'dist', 'worker.min.js'), relativeDest: 'ocr/worker.min.js' },
    { absoluteSrc: join(pkg('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm.js'), relativeDest: 'ocr/tesseract-core-simd-lstm.wasm.js' },
    { absoluteSrc: join(pkg('@tesseract.js-data/ind'), '4.0.0_best_int', 'ind.traineddata.gz'), relativeDest: 'ocr/ind.traineddata.gz' },
  ];
}

/**
 * Sandbox builds (`npm start`, `npm test`) also match the local sandbox origin.
 * Store builds (`npm run build`, `npm run zip`) never do.
 */
const sandboxBuild = process.env.PANDU_SANDBOX === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // PANDU_OUTDIR lets parallel builds (several engineers, CI) use separate folders.
  outDir: process.env.PANDU_OUTDIR ?? (sandboxBuild ? '.output/sandbox' : '.output'),
  vite: () => ({
    plugins: [indonesianHolidaysOnly(), indonesianZonesOnly()],
    // Test hooks (the closed shadow root for e2e, the command callable from the worker) exist only in sandbox builds.
    define: { __PANDU_SANDBOX__: JSON.stringify(sandboxBuild) },
    // PANDU_SOURCEMAP=1: source maps, to see what makes a bundle big.
    build: { sourcemap: process.env.PANDU_SOURCEMAP === '1' },
  }),
  zip: {
    artifactTemplate: 'pandu-spse-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'pandu-spse-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'screenshots/**', 'test-results/**', '.tmp/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: 'Pandu SPSE',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // activeTab: the user's command or toolbar click opens the panel on the page in front.
    // offscreen (Chrome): letter scans are read by OCR in an offscreen document, never in the SPSE page.
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The static hosts, so the background may inject the bootstrap and the panel there (no static
    // content script: issue 14; sandbox builds add 127.0.0.1).
    host_permissions: [...SPSE_MATCHES, ...(sandboxBuild ? SANDBOX_MATCHES : [])],
    action: { default_title: '__MSG_extName__' },
    ...(manifestVersion === 3
      ? { optional_host_permissions: [...OPTIONAL_HOST_PATTERNS] }
      : { optional_permissions: [...OPTIONAL_HOST_PATTERNS] }),
    // The OCR core is WebAssembly, compiled on extension pages (offscreen document, Firefox background).
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" } : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The id never changes: addons.mozilla.org, storage and the e2e tests key on it.
            gecko: {
              id: 'pandu-spse@lpse.example',
              strict_min_version: '140.0',
              // Nothing leaves the browser: no network calls, no analytics; records stay in IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...ocrAssets());
    },
    // The route table is compiled (validated once, by zod) into plain data before every build.
    'build:before': () => {
      writeCompiledRoutes();
    },
    // The panel (injected into SPSE tabs) gets national holidays from the background, not the engine.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'panel')) return;
      const alias = { find: /^date-holidays$/, replacement: resolve('lib/timing/panel-holiday-engine.ts') };
      const current = config.resolve?.alias;
      config.resolve = { ...config.resolve, alias: [...(Array.isArray(current) ? current : Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement }))), alias] };
    },
  },
});
