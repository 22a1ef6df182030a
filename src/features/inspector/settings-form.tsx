import { DateTime } from 'luxon';
import { useId, useState } from 'react';
import { TimeZonePicker } from '../../components/time-zone-picker';
import { journeySchema, type ExitWhen, type Goal, type Journey } from '../../domain/journey-schema';
import { useEditor, useEditorStoreApi } from '../canvas/editor-store-provider';
import { OptionalCondition, withWhere } from './condition-builder';
import { DurationInput } from './duration-input';
import { TextInput } from './text-input';
import { TriggerSelect } from './trigger-select';
import { useBuilderContext } from './use-builder-context';

type Settings = Omit<Journey, 'tiles' | 'edges' | 'schemaVersion' | 'id'>;
type Patch = { [K in keyof Settings]?: Settings[K] | undefined };


function toLocal(instant: string | null | undefined, zone: string): string {
  if (!instant) return '';
  const dt = DateTime.fromISO(instant, { setZone: true }).setZone(zone);
  return dt.isValid ? dt.toFormat("yyyy-LL-dd'T'HH:mm") : '';
}

function toInstant(local: string, zone: string): string | undefined {
  if (!local) return undefined;
  const dt = DateTime.fromISO(local, { zone });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) ?? undefined : undefined;
}

const NO_INTERACTION = 'cannot stop a journey or be its goal: only usable inside it';

export function SettingsForm() {
  const id = useId();
  const store = useEditorStoreApi();
  // Re-rendered when anything but positions changes: dragging tiles must not redraw this form.
  useEditor((s) => s.structureVersion);
  const journey = store.getState().journey;
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const exitCtx = useBuilderContext('registration.cancelled');
  const goalTrigger = journey.goal && 'trigger' in journey.goal ? journey.goal.trigger : undefined;
  const goalCtx = useBuilderContext(goalTrigger);

  // Validated with the same schema as the document; refused values stay in the field.
  function patch(p: Patch, field: string): string | null {
    const next: Record<string, unknown> = { ...store.getState().journey };
    for (const [k, v] of Object.entries(p)) {
      if (v === undefined) delete next[k];
      else next[k] = v;
    }
    const parsed = journeySchema.safeParse(next);
    const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] !== 'tiles' && i.path[0] !== 'edges');
    const error = issue ? issue.message : null;
    setErrors((e) => ({ ...e, [field]: error }));
    if (!error) store.getState().run('updateSettings', { patch: p, field });
    return error;
  }

  const exitWhen = journey.exitWhen ?? [];
  const setExit = (list: ExitWhen[]) => patch({ exitWhen: list.length ? list : undefined }, 'exitWhen');
  const goal = journey.goal;
  const goalKind = !goal ? 'none' : 'tile' in goal ? 'tile' : 'trigger';

  return (
    <section className="inspector" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Journey settings</h2>
      <p className="insp-hint">Select a tile to edit it.</p>
      <div className={errors.name ? 'insp-field is-invalid' : 'insp-field'}>
        <label htmlFor={`${id}-name`}>Name</label>
        <TextInput id={`${id}-name`} value={journey.name} onCommit={(name) => patch({ name }, 'name')} />
        {errors.name && <div className="insp-error" role="alert">{errors.name}</div>}
      </div>
      <div className="insp-field">
        <label htmlFor={`${id}-desc`}>Description</label>
        <TextInput multiline id={`${id}-desc`} value={journey.description ?? ''} onCommit={(d) => patch({ description: d || undefined }, 'description')} />
      </div>
      <div className="insp-field">
        <label htmlFor={`${id}-zone`}>Time zone</label>
        <TimeZonePicker id={`${id}-zone`} value={journey.timeZone} onChange={(timeZone) => patch({ timeZone }, 'timeZone')} />
        <div className="insp-hint">Calendar waits (“1 day”) and dates are computed in this zone.</div>
      </div>
      <fieldset className="insp-fieldset">
        <legend>Active window (optional)</legend>
        <div className="insp-field">
          <label htmlFor={`${id}-from`}>Contacts enter from</label>
          <input id={`${id}-from`} type="datetime-local" value={toLocal(journey.activeFrom, journey.timeZone)} onChange={(e) => patch({ activeFrom: toInstant(e.target.value, journey.timeZone) }, 'activeFrom')} />
        </div>
        <div className="insp-field">
          <label htmlFor={`${id}-until`}>Until</label>
          <input id={`${id}-until`} type="datetime-local" value={toLocal(journey.activeUntil, journey.timeZone)} onChange={(e) => patch({ activeUntil: toInstant(e.target.value, journey.timeZone) }, 'activeUntil')} />
        </div>
      </fieldset>
      <fieldset className="insp-fieldset">
        <legend>Re-entry</legend>
        <label className="insp-radio">
          <input type="radio" name={`${id}-reentry`} checked={(journey.reentry?.mode ?? 'never') === 'never'} onChange={() => patch({ reentry: undefined }, 'reentry')} />
          A contact goes through this journey once
        </label>
        <label className="insp-radio">
          <input type="radio" name={`${id}-reentry`} checked={journey.reentry?.mode === 'afterExit'} onChange={() => patch({ reentry: { mode: 'afterExit', cooldown: 'P7D' } }, 'reentry')} />
          A contact may enter again after leaving
        </label>
        {journey.reentry?.mode === 'afterExit' && (
          <DurationInput label="Cooldown before entering again" value={journey.reentry.cooldown ?? 'P0D'} onChange={(cooldown) => patch({ reentry: { mode: 'afterExit', cooldown } }, 'cooldown')} />
        )}
      </fieldset>
      <fieldset className="insp-fieldset">
        <legend>Exit triggers</legend>
        {exitWhen.length === 0 && <p className="insp-hint">None: contacts leave only at the end of a path.</p>}
        {exitWhen.map((x, i) => (
          <div key={i} className="exit-trigger">
            <div className="insp-field">
              <label htmlFor={`${id}-exit-${i}`}>Exit trigger {i + 1}</label>
              <TriggerSelect id={`${id}-exit-${i}`} value={x.trigger} forbidInteraction={NO_INTERACTION} onChange={(trigger) => setExit(exitWhen.map((y, j) => (j === i ? { ...y, trigger } : y)))} />
            </div>
            <OptionalCondition
              label={`Exit trigger ${i + 1} only when`}
              value={x.where}
              ctx={exitCtx}
              onChange={(where) => setExit(exitWhen.map((y, j) => (j === i ? (where ? { ...y, where } : { trigger: y.trigger }) : y)))}
            />
            <button type="button" className="insp-remove" onClick={() => setExit(exitWhen.filter((_, j) => j !== i))}>Remove exit trigger {i + 1}</button>
          </div>
        ))}
        <button type="button" onClick={() => setExit([...exitWhen, { trigger: 'registration.cancelled', where: { attr: 'event.eventId', op: 'eq', value: '' } }])}>Add an exit trigger</button>
      </fieldset>
      <fieldset className="insp-fieldset">
        <legend>Goal</legend>
        <div className="insp-field">
          <label htmlFor={`${id}-goal`}>Counted as reaching the goal</label>
          <select
            id={`${id}-goal`}
            value={goalKind}
            onChange={(e) => {
              const k = e.target.value;
              const target = goal?.target ?? 0.4;
              const next: Goal | undefined = k === 'none' ? undefined : k === 'tile' ? { tile: journey.tiles[0]?.id ?? '', target } : { trigger: 'checkin.created', target };
              patch({ goal: next }, 'goal');
            }}
          >
            <option value="none">No goal</option>
            <option value="tile">Contacts who reach a tile</option>
            <option value="trigger">Contacts who send a signal</option>
          </select>
        </div>
        {goal && 'tile' in goal && (
          <div className="insp-field">
            <label htmlFor={`${id}-goal-tile`}>Goal tile</label>
            <select id={`${id}-goal-tile`} value={goal.tile} onChange={(e) => patch({ goal: { ...goal, tile: e.target.value } }, 'goal')}>
              {!journey.tiles.some((t) => t.id === goal.tile) && <option value={goal.tile}>{goal.tile} (not in the journey)</option>}
              {journey.tiles.map((t) => <option key={t.id} value={t.id}>{t.label ? `${t.label} (${t.id})` : t.id}</option>)}
            </select>
          </div>
        )}
        {goal && 'trigger' in goal && (
          <>
            <div className="insp-field">
              <label htmlFor={`${id}-goal-trigger`}>Goal signal</label>
              <TriggerSelect id={`${id}-goal-trigger`} value={goal.trigger} forbidInteraction={NO_INTERACTION} onChange={(trigger) => patch({ goal: { ...goal, trigger } }, 'goal')} />
            </div>
            <OptionalCondition label="Goal only when" value={goal.where} ctx={goalCtx} onChange={(where) => patch({ goal: withWhere(goal, where) }, 'goal')} />
          </>
        )}
        {goal && (
          <div className="insp-field">
            <label htmlFor={`${id}-target`}>Target (% of contacts)</label>
            <input id={`${id}-target`} type="number" min={0} max={100} step={1} value={Math.round(goal.target * 100)} onChange={(e) => patch({ goal: { ...goal, target: Math.min(100, Math.max(0, Number(e.target.value) || 0)) / 100 } }, 'goal-target')} />
          </div>
        )}
      </fieldset>
    </section>
  );
}
