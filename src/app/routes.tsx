import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorBoundary } from './error-boundary';
import { LoadingState } from '../components/states';

// One line per screen; each feature owns its page component. Pages load on first visit, so the
// first screen does not wait for the canvas, its layout engine or the HTML sanitiser.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <LoadingState label="Loading the designer…" />,
    children: [
      {
        // A crash inside one screen keeps the header and navigation usable.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/journeys/journeys-page')).JourneysPage }) },
          { path: 'journeys/:id', lazy: async () => ({ Component: (await import('../features/canvas/journey-editor-page')).JourneyEditorPage }) },
          { path: 'events', lazy: async () => ({ Component: (await import('../features/events/events-page')).EventsPage }) },
          { path: 'events/:id', lazy: async () => ({ Component: (await import('../features/events/event-detail-page')).EventDetailPage }) },
          { path: 'triggers', lazy: async () => ({ Component: (await import('../features/triggers/triggers-page')).TriggersPage }) },
          { path: 'settings', lazy: async () => ({ Component: (await import('../features/settings/settings-page')).SettingsPage }) },
          { path: 'check', lazy: async () => ({ Component: (await import('../features/validation/check-journey-page')).CheckJourneyPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
