import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorBoundary } from './error-boundary';
import { CheckJourneyPage } from '../features/validation/check-journey-page';
import { JourneysPage } from '../features/journeys/journeys-page';
import { EventsPage } from '../features/events/events-page';
import { EventDetailPage } from '../features/events/event-detail-page';
import { TriggersPage } from '../features/triggers/triggers-page';
import { SettingsPage } from '../features/settings/settings-page';
import { JourneyEditorPage } from '../features/canvas/journey-editor-page';

// One line per screen; each feature owns its page component.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        // A crash inside one screen keeps the header and navigation usable.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <JourneysPage /> },
          { path: 'journeys/:id', element: <JourneyEditorPage /> },
          { path: 'events', element: <EventsPage /> },
          { path: 'events/:id', element: <EventDetailPage /> },
          { path: 'triggers', element: <TriggersPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'check', element: <CheckJourneyPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
