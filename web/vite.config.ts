import { defineConfig } from 'vitest/config';

// No @vitejs/plugin-react: esbuild compiles JSX with the automatic runtime, which is all the
// build needs (fast refresh is a dev nicety and its plugin does not install with every npm).
const gateway = process.env.LOTSE_GATEWAY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
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
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
