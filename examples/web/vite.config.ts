import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves the build (examples/web/dist) at /; `vite` alone serves the sources and
// sends /graphql, the settings and the demo sign-in to a gateway on port 4000 (`npm start`).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    {
      // The app's operations by hash (codegen's manifest) go with the build: the gateway that
      // serves the build reads them from there.
      name: 'persisted-documents',
      generateBundle() {
        const source = readFileSync(fileURLToPath(new URL('src/gql/persisted-documents.json', import.meta.url)), 'utf8');
        this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source });
      },
    },
  ],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: Object.fromEntries(['/graphql', '/app-settings', '/authorize', '/auth'].map((path) => [path, 'http://localhost:4000'])) },
});
