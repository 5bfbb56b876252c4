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
  },
});
