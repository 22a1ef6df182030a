import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  worker: { format: 'es' },
  // public/ holds only MSW's service worker: a production build without the demo mocks leaves it out.
  build: { copyPublicDir: mode === 'demo' },
}));
