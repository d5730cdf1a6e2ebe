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
    proxy: {
      '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true },
      '/exports': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Libraries change less often than the app: separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            // The charts (and their d3 helpers) stay in the dashboard's lazy chunk.
            { name: 'mui', test: /node_modules[\\/]@mui[\\/](?!x-)/ },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[a-z-]+|@tanstack|react-hook-form)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](graphql|@apollo)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
