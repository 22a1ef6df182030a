import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { CheckJourneyPage } from '../features/validation/check-journey-page';

// One line per screen; each feature owns its page component.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <CheckJourneyPage /> },
      { path: 'check', element: <CheckJourneyPage /> },
    ],
  },
];
