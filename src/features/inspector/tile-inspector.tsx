import { useId, useState } from 'react';
import type { Tile } from '../../domain/journey-schema';
import { tileKindNames } from '../../editor/tile-defaults';
import { labelledPorts } from '../../editor/tile-ports';
import { useEditorStoreApi, useStructuralValue } from '../canvas/editor-store-provider';
import { ConditionForm } from './condition-form';
import { EmailForm } from './email-form';
import { TextInput } from './text-input';
import { TriggerForm } from './trigger-form';
import { useTileCommit } from './use-tile-commit';
import { WaitForm } from './wait-form';

export function TileInspector({ tile }: { tile: Tile }) {
  const id = useId();
  const commit = useTileCommit();
  const [labelError, setLabelError] = useState<string | null>(null);
  return (
    <section className="inspector" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {tileKindNames[tile.kind]} <code className="insp-id">{tile.id}</code>
      </h2>
      <div className={labelError ? 'insp-field is-invalid' : 'insp-field'}>
        <label htmlFor={`${id}-label`}>Label</label>
        <TextInput
          id={`${id}-label`}
          value={tile.label ?? ''}
          onValidity={setLabelError}
          onCommit={(label) => {
            const { label: _old, ...rest } = tile;
            return commit((label ? { ...tile, label } : rest) as Tile, 'label');
          }}
        />
        {labelError && <div className="insp-error" role="alert">{labelError}</div>}
      </div>
      {tile.kind === 'trigger' && <TriggerForm tile={tile} commit={commit} />}
      {tile.kind === 'email' && <EmailForm tile={tile} commit={commit} />}
      {tile.kind === 'wait' && <WaitForm tile={tile} commit={commit} />}
      {tile.kind === 'condition' && <ConditionForm tile={tile} commit={commit} />}
      {tile.kind === 'exit' && <p className="insp-hint">Contacts who reach this tile leave the journey and count as exited here.</p>}
      <Connections tile={tile} />
    </section>
  );
}

// The keyboard path for connecting: each port picks its next tile from a list.
function Connections({ tile }: { tile: Tile }) {
  const store = useEditorStoreApi();
  // Strings, so moving tiles around does not re-render this list.
  const targetsKey = useStructuralValue((s) => s.journey.tiles.filter((t) => t.id !== tile.id && t.kind !== 'trigger').map((t) => `${t.id}\u0000${t.label ?? ''}`).join('\u0001'));
  const linksKey = useStructuralValue((s) => s.journey.edges.filter((e) => e.from === tile.id).map((e) => `${e.port}\u0000${e.to}`).join('\u0001'));
  const targets = targetsKey ? targetsKey.split('\u0001').map((x) => { const [id, label] = x.split('\u0000'); return { id, label }; }) : [];
  const links = new Map(linksKey ? linksKey.split('\u0001').map((x) => x.split('\u0000') as [string, string]) : []);
  const ports = labelledPorts(tile);
  if (ports.length === 0) return null;
  return (
    <fieldset className="insp-fieldset">
      <legend>Connections</legend>
      {ports.map((p) => {
        const to = links.get(p.id);
        return (
          <div className="insp-field" key={p.id}>
            <label htmlFor={`${tile.id}-port-${p.id}`}>{p.label} goes to</label>
            <select
              id={`${tile.id}-port-${p.id}`}
              value={to ?? ''}
              onChange={(e) => {
                const to = e.target.value;
                if (to) store.getState().run('connect', { from: tile.id, port: p.id, to });
                else store.getState().run('disconnect', { from: tile.id, port: p.id });
              }}
            >
              <option value="">Nothing: contacts finish here</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>{t.label ? `${t.label} (${t.id})` : t.id}</option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
