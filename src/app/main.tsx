import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { env } from '../config/env';
import type { MockControls } from '../features/dev-panel/mock-controls';
import { App } from './app';
import { Providers } from './providers';
import './global.css';

async function startMockBackend(): Promise<MockControls | null> {
  // Written out (not read from env.ts) so Vite folds it to `false` in a plain production build
  // and the bundler drops the import below, and with it every byte of MSW.
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'demo')) return null;
  if (!env.mocksEnabled) return null;
  try {
    const { startMocks } = await import('../../mocks/browser');
    return await startMocks();
  } catch (error) {
    // The app still renders: its requests then fail visibly (offline banner) instead of a blank page.
    console.error('The mock backend could not start.', error);
    return null;
  }
}

async function boot() {
  const mockControls = await startMockBackend();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers mockControls={mockControls}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

void boot();
