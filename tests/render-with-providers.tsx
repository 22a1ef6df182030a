import type { ReactElement, ReactNode } from 'react';
import { render, type RenderOptions } from '@testing-library/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../src/api/query-client';

export type RenderWithProvidersOptions = Omit<RenderOptions, 'wrapper'> & {
  /** The URL the MemoryRouter starts at (default `/`). */
  route?: string;
  /** A client of your own (e.g. to inspect the cache); default: a fresh one without retries. */
  queryClient?: QueryClient;
};

/**
 * Renders `ui` inside a fresh QueryClient (no retries, so failures show at once) and a
 * MemoryRouter. Pair with `useMockServer()` from `mocks/use-mock-server.ts` for the API.
 */
export function renderWithProviders(ui: ReactElement, options: RenderWithProvidersOptions = {}) {
  const { route = '/', queryClient = createQueryClient({ retry: false }), ...renderOptions } = options;
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
      </QueryClientProvider>
    );
  }
  return { queryClient, ...render(ui, { wrapper: Wrapper, ...renderOptions }) };
}
