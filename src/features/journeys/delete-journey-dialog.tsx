import { useDeleteJourney } from '../../api/delete-journey';
import type { JourneySummary } from '../../api/common';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { InlineError } from '../../components/states';

export type DeleteJourneyDialogProps = { journey: JourneySummary | null; onClose: () => void };

/** Confirmation; a live journey is refused by the server (409) and its message is shown here. */
export function DeleteJourneyDialog({ journey, onClose }: DeleteJourneyDialogProps) {
  const remove = useDeleteJourney();
  const close = () => {
    if (remove.isPending) return;
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={journey !== null}
      role="alertdialog"
      size="small"
      title={journey ? `Delete “${journey.name}”?` : 'Delete journey?'}
      onClose={close}
      footer={
        <>
          <Button onClick={close} disabled={remove.isPending}>
            Cancel
          </Button>
          <Button
            variant="danger"
            busy={remove.isPending}
            onClick={() => journey && remove.mutate(journey.id, { onSuccess: () => { remove.reset(); onClose(); } })}
          >
            Delete
          </Button>
        </>
      }
    >
      <p>The journey and all its saved versions are deleted. This cannot be undone.</p>
      {journey?.status === 'live' ? (
        <p className="muted">This journey is live: contacts are flowing through it.</p>
      ) : null}
      <InlineError error={remove.error} title="Not deleted." />
    </Dialog>
  );
}
