import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console is served by the API at /admin (api/src/console.ts). `npm run dev -w admin` serves it
 * with hot reload on :5173 and forwards /graphql to the API (API_URL, default http://localhost:4000).
 */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true } },
  },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000, sourcemap: false },
});
