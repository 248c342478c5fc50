import { defineConfig } from 'tsup';

// DuckDB is an optional dependency loaded on demand (`--engine duckdb`): never bundled.
const external = ['@duckdb/node-api'];

export default defineConfig([
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, sourcemap: true, clean: false, external },
  { entry: { cli: 'src/bin.ts' }, format: ['esm'], sourcemap: true, banner: { js: '#!/usr/bin/env node' }, external },
]);
