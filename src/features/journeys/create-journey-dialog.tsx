import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateJourney } from '../../api/create-journey';
import { useEventAdminSettings } from '../../api/get-event-admin-settings';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FormField } from '../../components/form-field';
import { InlineError } from '../../components/states';
import { TimeZonePicker } from '../../components/time-zone-picker';
import { viewerTimeZone } from '../../components/date-time-display';

export type CreateJourneyDialogProps = { open: boolean; onClose: () => void };

/** Name + time zone → POST /journeys, then straight into the editor of the new draft. */
export function CreateJourneyDialog({ open, onClose }: CreateJourneyDialogProps) {
  const [name, setName] = useState('');
  // Until the user picks one, the zone follows the organisation's default (Settings), else theirs.
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  const settings = useEventAdminSettings();
  const timeZone = chosenZone ?? settings.data?.defaultTimeZone ?? viewerTimeZone();
  const [nameError, setNameError] = useState<string | null>(null);
  const create = useCreateJourney();
  const navigate = useNavigate();

  const close = () => {
    if (create.isPending) return;
    create.reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Give the journey a name.');
      return;
    }
    if (trimmed.length > 200) {
      setNameError('The name can have at most 200 characters.');
      return;
    }
    setNameError(null);
    // On failure the dialog stays open with everything as typed.
    create.mutate(
      { name: trimmed, timeZone },
      {
        onSuccess: (resource) => {
          setName('');
          navigate(`/journeys/${encodeURIComponent(resource.journey.id)}`);
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      title="New journey"
      onClose={close}
      footer={
        <>
          <Button onClick={close} disabled={create.isPending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="create-journey-form" busy={create.isPending}>
            Create journey
          </Button>
        </>
      }
    >
      <form id="create-journey-form" onSubmit={submit} noValidate>
        <FormField label="Name" required error={nameError}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={name}
              maxLength={200}
              autoComplete="off"
              placeholder="e.g. Launch webinar follow-up"
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Time zone" hint="Waits in days, weeks and months are counted in this zone.">
          {(p) => <TimeZonePicker {...p} value={timeZone} onChange={setChosenZone} />}
        </FormField>
        <InlineError error={create.error} title="The journey was not created." />
      </form>
    </Dialog>
  );
}
