import { useCallback } from 'react';
import { tileSchema, type Tile } from '../../domain/journey-schema';
import { useEditorStoreApi } from '../canvas/editor-store-provider';

export type CommitTile = (next: Tile, field: string) => string | null;

// Every form edit goes through the domain schema before it reaches the document: a value the
// schema refuses stays in the field with its message and is not committed.
export function useTileCommit(): CommitTile {
  const store = useEditorStoreApi();
  return useCallback(
    (next, field) => {
      const parsed = tileSchema.safeParse(next);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return issue ? `${issue.message}${issue.path.length ? ` (${issue.path.join('.')})` : ''}` : 'This value is not accepted.';
      }
      store.getState().run('updateTile', { tile: next, field });
      return null;
    },
    [store],
  );
}
