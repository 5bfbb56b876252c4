// Builds the command-line tool from the same pure core: one ES module for Node,
// with postal-mime bundled in, so `node dist-cli/bounce-lens.mjs` starts fast.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'bounce-lens.mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
