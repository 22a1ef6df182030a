// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '../api/query-client';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorBoundary } from './error-boundary';

afterEach(cleanup);

function Boom(): never {
  throw new Error('tile map exploded');
}

const testRoutes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <h1>Home</h1> },
          { path: 'boom', element: <Boom /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

function renderAt(path: string) {
  const router = createMemoryRouter(testRoutes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('shell', () => {
  it('names every main destination in the navigation', () => {
    renderAt('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Journeys', 'Events', 'Triggers', 'Settings', 'Check a journey file']) {
      expect(nav).toContainElement(screen.getByRole('link', { name }));
    }
    expect(screen.getByRole('link', { name: 'Journeys' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens and closes the narrow-screen menu, closing it on navigation', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the header when a screen crashes, and says what happened', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAt('/boom');
    expect(screen.getByRole('heading', { name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(screen.getByText('tile map exploded')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    spy.mockRestore();
  });

  it('shows a not-found page for an unknown address', () => {
    renderAt('/no/such/page');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to journeys' })).toHaveAttribute('href', '/');
  });
});
