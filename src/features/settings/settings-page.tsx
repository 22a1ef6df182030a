import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { eventAdminSettingsSchema, useEventAdminSettings, type EventAdminSettings } from '../../api/get-event-admin-settings';
import { useSaveEventAdminSettings } from '../../api/save-event-admin-settings';
import { Button } from '../../components/button';
import { FormField } from '../../components/form-field';
import { ErrorState, InlineError, LoadingState } from '../../components/states';
import { TimeZonePicker } from '../../components/time-zone-picker';
import { describeMinutes, durationToMinutes, minutesToDuration } from './checkin-delay';

const strategies: { value: EventAdminSettings['matching']; label: string; about: string }[] = [
  { value: 'email', label: 'Email', about: 'A registration joins the contact with the same email address (recommended, the platform default).' },
  { value: 'name', label: 'First and last name', about: 'Matches on first name + last name. Two people with the same name become one contact.' },
  { value: 'emailAndName', label: 'Email, first and last name', about: 'All three must match; otherwise a new contact is created.' },
];

export function SettingsPage() {
  const query = useEventAdminSettings();
  return (
    <section aria-labelledby="settings-title">
      <div className="page-header">
        <div>
          <h1 id="settings-title">Event administration</h1>
          <p>How registrations are matched to contacts, and the defaults the designer and the simulator use.</p>
        </div>
      </div>
      {query.isPending ? (
        <LoadingState label="Loading settings…" />
      ) : query.isError ? (
        <ErrorState error={query.error} title="The settings could not be loaded." onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : (
        <SettingsForm saved={query.data} />
      )}
    </section>
  );
}

function strategyLabel(value: EventAdminSettings['matching']): string {
  return strategies.find((s) => s.value === value)?.label ?? value;
}

/** The server's current settings when a save was refused because someone saved first. */
function conflictOf(error: unknown): EventAdminSettings | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = z.object({ current: eventAdminSettingsSchema }).safeParse(error.details);
  return parsed.success ? parsed.data.current : null;
}

type Draft = { matching: EventAdminSettings['matching']; hours: string; minutes: string; defaultTimeZone: string };

function draftFrom(s: EventAdminSettings): Draft {
  const total = durationToMinutes(s.checkinDelay) ?? 240;
  return { matching: s.matching, hours: String(Math.floor(total / 60)), minutes: String(total % 60), defaultTimeZone: s.defaultTimeZone };
}

function delayMinutes(d: Draft): number | null {
  const h = Number(d.hours || '0');
  const m = Number(d.minutes || '0');
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0 || m > 59) return null;
  return h * 60 + m;
}

function SettingsForm({ saved }: { saved: EventAdminSettings }) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(saved));
  const [delayError, setDelayError] = useState<string | null>(null);
  const [savedOnce, setSavedOnce] = useState(false);
  const save = useSaveEventAdminSettings();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSavedOnce(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const total = delayMinutes(draft);
  const conflict = conflictOf(save.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (total === null || total <= 0) {
      setDelayError('Enter a delay longer than zero: whole hours, and minutes from 0 to 59.');
      return;
    }
    setDelayError(null);
    // The form keeps what was typed whatever the outcome; only success marks it saved.
    save.mutate(
      { matching: draft.matching, checkinDelay: minutesToDuration(total), defaultTimeZone: draft.defaultTimeZone },
      { onSuccess: () => setSavedOnce(true) },
    );
  };

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-label="Event administration settings">
      <fieldset className="fieldset">
        <legend>Contact matching strategy</legend>
        <p className="field-hint">When a registration arrives, it is linked to an existing contact by this rule; with no match, a new contact is created.</p>
        {strategies.map((s) => (
          <div className="radio-row" key={s.value}>
            <input
              type="radio"
              id={`matching-${s.value}`}
              name="matching"
              value={s.value}
              aria-describedby={`matching-${s.value}-about`}
              checked={draft.matching === s.value}
              onChange={() => set('matching', s.value)}
            />
            <div>
              <label htmlFor={`matching-${s.value}`} className="radio-label">
                {s.label}
              </label>
              <div id={`matching-${s.value}-about`} className="muted">
                {s.about}
              </div>
            </div>
          </div>
        ))}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Check-in delay</legend>
        <p className="field-hint">
          How long after a Teams or ON24 event ends its check-ins appear (the platform’s post-processing; 4 hours by default). Journeys that wait
          less than this for a check-in send every attendee down the no-show path.
        </p>
        <div className="inline-fields">
          <FormField label="Hours" error={delayError}>
            {(p) => <input {...p} className="input" type="number" min={0} step={1} inputMode="numeric" value={draft.hours} onChange={(e) => set('hours', e.target.value)} />}
          </FormField>
          <FormField label="Minutes">
            {(p) => <input {...p} className="input" type="number" min={0} max={59} step={1} inputMode="numeric" value={draft.minutes} onChange={(e) => set('minutes', e.target.value)} />}
          </FormField>
        </div>
        {total !== null && total > 0 ? <p className="muted">Check-ins appear {describeMinutes(total)} after the end.</p> : null}
      </fieldset>

      <FormField label="Default time zone" hint="Proposed for new journeys.">
        {(p) => <TimeZonePicker {...p} value={draft.defaultTimeZone} onChange={(z) => set('defaultTimeZone', z)} />}
      </FormField>

      {conflict ? (
        <div className="inline-error conflict-panel" role="alert">
          <strong>Not saved: someone else changed these settings first.</strong> {save.error instanceof Error ? save.error.message : null}
          <p>
            Theirs: match by <strong>{strategyLabel(conflict.matching)}</strong>, check-in delay{' '}
            <strong>{describeMinutes(durationToMinutes(conflict.checkinDelay) ?? 0)}</strong>, default zone <strong>{conflict.defaultTimeZone}</strong>.
          </p>
          <div className="form-actions">
            <Button
              onClick={() => {
                setDraft(draftFrom(conflict));
                save.reset();
              }}
            >
              Use their settings
            </Button>
            <Button variant="primary" type="submit" busy={save.isPending}>
              Save mine over theirs
            </Button>
          </div>
        </div>
      ) : (
        <InlineError error={save.error} title="The settings were not saved." />
      )}
      {savedOnce && !save.error ? (
        <div className="inline-success" role="status">
          Settings saved.
        </div>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" type="submit" busy={save.isPending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
