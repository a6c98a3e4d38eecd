import { defineConfig } from 'wxt';
import { SANDBOX_MATCHES } from './lib/spse/hosts';

/**
 * Sandbox builds (`npm start`, `npm test`) also match the local sandbox origin.
 * Store builds (`npm run build`, `npm run zip`) never do.
 */
const sandboxBuild = process.env.PANDU_SANDBOX === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: sandboxBuild ? '.output/sandbox' : '.output',
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
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pandu-spse@lpse.example',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!sandboxBuild) return;
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...new Set([...(cs.matches ?? []), ...SANDBOX_MATCHES])];
      }
    },
  },
});
