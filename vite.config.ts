import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  worker: { format: 'es' },
  // public/ holds only MSW's service worker: a production build without the demo mocks leaves it out.
  build: {
    copyPublicDir: mode === 'demo',
    // React in a chunk of its own: the entry chunk was over Vite's 500 kB warning, and React
    // changes less often than the app, so browsers keep it cached across releases.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] } } },
  },
}));
