import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { validationDetailsSchema } from '../../api/common';
import { useCreateJourney } from '../../api/create-journey';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FormField } from '../../components/form-field';
import { InlineError } from '../../components/states';
import { readJourneyText, type ImportProblem } from './read-journey-file';

export type ImportJourneyDialogProps = { open: boolean; onClose: () => void };

type Checked = { fileName: string; message: string; problems: ImportProblem[] };

function ProblemList({ problems, label }: { problems: ImportProblem[]; label: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="issue-list" aria-label={label}>
      {problems.map((p, i) => (
        <li key={`${p.path}-${i}`}>
          <code className="issue-path">{p.path}</code>
          {p.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Import a journey file: read it, parse JSON, check it against the journey schema here, and only
 * then POST it. A broken file creates nothing and lists its problems by JSON path.
 */
export function ImportJourneyDialog({ open, onClose }: ImportJourneyDialogProps) {
  const [rejected, setRejected] = useState<Checked | null>(null);
  const [reading, setReading] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const create = useCreateJourney();
  const navigate = useNavigate();

  const close = () => {
    if (create.isPending) return;
    setRejected(null);
    create.reset();
    onClose();
  };

  const onFile = async (file: File | undefined) => {
    setRejected(null);
    create.reset();
    if (!file) return;
    setReading(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReading(false);
      setRejected({ fileName: file.name, message: 'The file could not be read.', problems: [] });
      return;
    }
    setReading(false);
    const result = readJourneyText(text);
    if (!result.ok) {
      setRejected({ fileName: file.name, message: result.message, problems: result.problems });
      return;
    }
    create.mutate(result.journey, {
      onSuccess: (resource) => navigate(`/journeys/${encodeURIComponent(resource.journey.id)}`),
    });
  };

  const serverFindings = (() => {
    if (!(create.error instanceof ApiError) || create.error.status !== 422) return [];
    const parsed = validationDetailsSchema.safeParse(create.error.details);
    if (!parsed.success) return [];
    return parsed.data.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ path: f.path ?? (f.tile ? `tile ${f.tile}` : '(document)'), message: f.message }));
  })();

  return (
    <Dialog
      open={open}
      title="Import a journey file"
      onClose={close}
      size="large"
      footer={
        <Button onClick={close} disabled={create.isPending}>
          Close
        </Button>
      }
    >
      <p className="muted">
        Choose a journey JSON file (schema version 1). It is checked on this device first; a file with problems is not imported.
      </p>
      <FormField label="Journey file" hint={reading || create.isPending ? 'Importing…' : 'A .json file exported from the designer.'}>
        {(p) => (
          <input
            {...p}
            ref={inputRef}
            type="file"
            accept="application/json,.json"
            className="input"
            disabled={create.isPending}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              // Picking the same file again after fixing it must fire change again.
              e.target.value = '';
            }}
          />
        )}
      </FormField>
      {rejected ? (
        <div className="inline-error" role="alert">
          <strong>{rejected.fileName}: </strong>
          {rejected.message}
          <ProblemList problems={rejected.problems} label="Problems in the file" />
        </div>
      ) : null}
      {create.error ? (
        <>
          <InlineError error={create.error} title="The server refused the journey." />
          <ProblemList problems={serverFindings} label="Problems reported by the server" />
        </>
      ) : null}
    </Dialog>
  );
}
