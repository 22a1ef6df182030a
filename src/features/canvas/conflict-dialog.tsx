import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import type { JourneyResource } from '../../api/common';
import type { Journey } from '../../domain/journey-schema';
import { compareJourneys } from './compare-journeys';

type Props = {
  mine: Journey;
  theirs: JourneyResource;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onSaveCopy(): void;
  copying: boolean;
  onClose(): void;
};

// Someone saved this journey since these edits began: show what differs and let the person choose.
export function ConflictDialog({ mine, theirs, onKeepMine, onTakeTheirs, onSaveCopy, copying, onClose }: Props) {
  const diff = compareJourneys(mine, theirs.journey);
  return (
    <Dialog
      open
      title="Someone else saved this journey"
      onClose={onClose}
      size="large"
      footer={
        <>
          <Button variant="primary" onClick={onKeepMine}>Keep mine</Button>
          <Button onClick={onTakeTheirs}>Take theirs</Button>
          <Button onClick={onSaveCopy} busy={copying}>Save mine as a copy</Button>
        </>
      }
    >
      <p>
        Version {theirs.version} was saved on the server while you were editing. Your changes are kept on this device until
        you choose.
      </p>
      <h3 className="conflict-heading">What differs</h3>
      {diff.length === 0 ? (
        <p>The two versions have the same content.</p>
      ) : (
        <table className="conflict-table">
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Yours</th>
              <th scope="col">Theirs (version {theirs.version})</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.what}>
                <th scope="row">{d.what}</th>
                <td>{d.mine}</td>
                <td>{d.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
