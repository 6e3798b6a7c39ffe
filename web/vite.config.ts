import { constants } from 'node:zlib';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

// No @vitejs/plugin-react: esbuild compiles JSX with the automatic runtime, which is all the
// build needs (fast refresh is a dev nicety and its plugin does not install with every npm).
const gateway = process.env.LOTSE_GATEWAY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  plugins: [
    // precompressed copies next to every text asset (x.js.gz, x.js.br), so the production web server
    // (deploy/web, nginx gzip_static/brotli_static) sends them without compressing per request; built
    // once, so the slowest, strongest settings cost nothing at run time
    compression({
      include: /\.(html|css|js|mjs|json|svg|txt)$/,
      algorithms: [
        defineAlgorithm('gzip', { level: 9 }),
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      ],
      logLevel: 'silent',
    }),
  ],
  server: {
    // `npm run dev` talks to the services through the gateway `./lotse run` starts
    proxy: { '/svc': gateway, '/dev': gateway, '/config.json': gateway },
  },
  build: {
    target: 'es2022',
    // no source maps in the delivered build (they would publish the whole source); `npm run dev` has its own
    sourcemap: false,
    rollupOptions: {
      output: {
        // one chunk per role's screens (src/screens/<role>/), loaded on first use; shared code stays in the entry
        manualChunks(id) {
          const role = /\/src\/screens\/([a-z]+)\//.exec(id.replaceAll('\\', '/'));
          return role ? `screens-${role[1]}` : undefined;
        },
      },
      // react-router marks its modules "use client" (for server components); meaningless in an SPA
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
    },
  },
  // unit tests in Node; component tests (*.test.tsx) choose jsdom in their first line and share src/test/dom.tsx
  test: { environment: 'node', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
});
