import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isNetworkError } from './describe-error';

type CacheAction = { type: string; error?: unknown };

function outcome(action: CacheAction | undefined): 'offline' | 'online' | null {
  if (!action) return null;
  if ((action.type === 'error' || action.type === 'failed') && isNetworkError(action.error)) return 'offline';
  if (action.type === 'success') return 'online';
  return null;
}

/**
 * Watches every query and mutation: shown as soon as one fails with a network error, hidden again
 * by the next request that succeeds. Presentational text only; forms keep their input on their own.
 */
export function OfflineBanner() {
  const client = useQueryClient();
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    const apply = (action: CacheAction | undefined) => {
      const next = outcome(action);
      if (next) setOffline(next === 'offline');
    };
    const unsubQueries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated') apply(event.action as CacheAction);
    });
    const unsubMutations = client.getMutationCache().subscribe((event) => {
      if (event?.type === 'updated') apply(event.action as CacheAction);
    });
    return () => {
      unsubQueries();
      unsubMutations();
    };
  }, [client]);

  if (!offline) return null;
  return (
    <div className="offline-banner" role="alert">
      <strong>You are offline or the server cannot be reached.</strong> What you typed is kept on this page; try again when the
      connection is back.
    </div>
  );
}
