import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorBoundary } from './error-boundary';
import { CheckJourneyPage } from '../features/validation/check-journey-page';

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
          { index: true, element: <CheckJourneyPage /> },
          { path: 'check', element: <CheckJourneyPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
