// Builds the command-line tool from the same pure core: one CommonJS bundle for Node, with
// postal-mime bundled in, started by src/cli/launcher.mjs (the `bin` file) through V8's code cache.
// After the bundle is written, one warm-up run of `parse` over the repo's own fixture emails
// writes the cache (see launcher.mjs for why).
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT = resolve(import.meta.dirname, 'dist-cli');
const BIN = resolve(OUT, 'bounce-lens.mjs');

function launcherAndCodeCache(): Plugin {
  return {
    name: 'bounce-lens-launcher',
    apply: 'build',
    closeBundle() {
      copyFileSync(resolve(import.meta.dirname, 'src/cli/launcher.mjs'), BIN);
      rmSync(resolve(OUT, 'bounce-lens.code-cache'), { force: true });
      const warmUp = spawnSync(process.execPath, [BIN, 'parse', resolve(import.meta.dirname, 'test/fixtures/bounces')], {
        env: { ...process.env, BOUNCE_LENS_WRITE_CODE_CACHE: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      // The cache only saves time: a failed warm-up leaves a working command line without it.
      if (warmUp.status !== 0) this.warn(`code cache not written (warm-up exited ${warmUp.status ?? warmUp.signal})`);
    },
  };
}

export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: OUT,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { format: 'cjs', entryFileNames: 'bounce-lens.cjs' },
    },
  },
  ssr: { noExternal: true },
  plugins: [launcherAndCodeCache()],
});
