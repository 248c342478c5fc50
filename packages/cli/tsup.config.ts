import { defineConfig } from 'tsup';

export default defineConfig([
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, sourcemap: true, clean: false },
  { entry: { cli: 'src/bin.ts' }, format: ['esm'], sourcemap: true, banner: { js: '#!/usr/bin/env node' } },
]);
