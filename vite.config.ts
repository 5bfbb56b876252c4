// Builds the extension: `vite build` → dist/ (Chrome), `TARGET=firefox vite build` → dist-firefox/.
// One manifest.json; the Firefox variant is derived here because crxjs does not convert it
// (shared/docs/toolchain.md "Dual build"). Vitest has its own vitest.config.ts.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Manifest = typeof baseManifest;

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/** Firefox MV3 has no service workers: the same module runs as an event page (background.scripts). */
function firefoxManifest(m: Manifest) {
  const { minimum_chrome_version: _chromeOnly, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [m.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'bounce-lens@bounce-lens.example',
        // data_collection_permissions needs Firefox 140 (142 on Android), else web-ext lint warns.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

const manifest = (target === 'firefox' ? firefoxManifest(baseManifest) : baseManifest) as ManifestV3Export;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      browser: target,
      // Self-contained IIFEs: no loader and no web_accessible_resources that let pages
      // fingerprint the extension (toolchain.md gotcha 1). Two of them, the webmail hosts' and
      // the ESP hosts', each with only its own site adapters (content/index.ts).
      contentScripts: { standaloneFiles: ['src/content/webmail.ts', 'src/content/esp.ts'] },
    }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // Every extension page (Chromium, Firefox 115+) has <link rel=modulepreload>: no polyfill chunk.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Needed by the group's includeDependenciesRecursively: false; entries may gain exports, nothing imports them.
      preserveEntrySignatures: 'allow-extension',
      output: {
        codeSplitting: {
          groups: [
            {
              // The popup's first paint in one chunk (preact and the statically imported popup
              // code) instead of four: each extension file is one more request the browser serves
              // while it is still busy opening the popup (scripts/bench-popup.mjs). Its own
              // dependencies stay where they were, so the background's chunks do not change.
              name: 'popup',
              tags: ['$initial'],
              includeDependenciesRecursively: false,
              test: (id: string) => /\/src\/popup\/|\/node_modules\/preact\/|vite\/preload-helper/.test(id) && !/(main\.tsx|\.html)$/.test(id),
            },
          ],
        },
      },
    },
  },
});
