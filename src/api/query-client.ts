import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from './client';

/** Reads try again this many times after the first failure. */
export const MAX_READ_RETRIES = 3;

/** Whether a failed read should be tried again: only 5xx and network failures, a few times. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_READ_RETRIES && isRetryable(error);
}

/** Exponential backoff: 0.5 s, 1 s, 2 s … capped at 8 s. */
export function retryDelay(attemptIndex: number): number {
  return Math.min(500 * 2 ** attemptIndex, 8000);
}

/**
 * The app's QueryClient. Reads retry with backoff on 5xx and network errors; writes never retry
 * on their own (a POST that timed out may have been applied: the user decides).
 */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const retry = options.retry ?? true;
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetryRead : false,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
