import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client';
import { MockControlsContext, type MockControls } from '../features/dev-panel/mock-controls';

export type ProvidersProps = {
  children: ReactNode;
  /** Given by tests; the app makes its own. */
  queryClient?: QueryClient;
  /** The mock backend's controls when mocks run in the browser, else null. */
  mockControls?: MockControls | null;
};

/** Everything the app needs around it: server-state cache and, in dev/demo, the mock controls. */
export function Providers({ children, queryClient, mockControls = null }: ProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <MockControlsContext.Provider value={mockControls}>{children}</MockControlsContext.Provider>
    </QueryClientProvider>
  );
}
