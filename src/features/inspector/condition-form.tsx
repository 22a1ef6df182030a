import type { Branch, ConditionTile } from '../../domain/journey-schema';
import { freshId } from '../../editor/tile-ids';
import { ConditionBuilder, defaultCondition } from './condition-builder';
import { TextInput } from './text-input';
import { useBuilderContext } from './use-builder-context';
import type { CommitTile } from './use-tile-commit';

// Branches are tried in order; the first whose condition holds is taken, else "otherwise".
export function ConditionForm({ tile, commit }: { tile: ConditionTile; commit: CommitTile }) {
  const ctx = useBuilderContext();
  const set = (branches: Branch[], field: string) => commit({ ...tile, branches }, field);
  const move = (i: number, by: number) => {
    const next = tile.branches.slice();
    const [b] = next.splice(i, 1);
    next.splice(i + by, 0, b);
    set(next, 'order');
  };
  return (
    <div className="branches">
      <p className="insp-hint">Contacts take the first branch whose condition holds, else “Otherwise”.</p>
      <ol className="branch-list">
        {tile.branches.map((b, i) => {
          const name = b.label || b.id;
          return (
            <li key={b.id} className="branch">
              <div className="insp-field">
                <label htmlFor={`${tile.id}-${b.id}-label`}>Branch {i + 1} label</label>
                <TextInput
                  id={`${tile.id}-${b.id}-label`}
                  value={b.label ?? ''}
                  onCommit={(label) => {
                    const { label: _old, ...rest } = b;
                    const next: Branch = label ? { ...b, label } : rest;
                    return commit({ ...tile, branches: tile.branches.map((x) => (x === b ? next : x)) }, `label-${b.id}`);
                  }}
                />
              </div>
              <ConditionBuilder
                value={b.when}
                ctx={ctx}
                label={`Condition of ${name}`}
                onChange={(when) => set(tile.branches.map((x) => (x === b ? { ...b, when } : x)), `when-${b.id}`)}
              />
              <div className="insp-row">
                <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${name} up`}>Up</button>
                <button type="button" disabled={i === tile.branches.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${name} down`}>Down</button>
                <button type="button" className="insp-remove" onClick={() => set(tile.branches.filter((x) => x !== b), 'remove')} aria-label={`Remove ${name}`}>Remove</button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          const id = freshId('branch', new Set([...tile.branches.map((b) => b.id), 'otherwise']));
          set([...tile.branches, { id, label: `Branch ${tile.branches.length + 1}`, when: defaultCondition('attr', ctx) }], 'add');
        }}
      >
        Add a branch
      </button>
    </div>
  );
}
