import { useId, useMemo, useState, type DragEvent } from 'react';
import { triggerDefinitionsOf, useTriggers } from '../../api/list-triggers';
import { checkJourneyText, type CheckContext, type CheckOutcome } from './check-journey-file';
import { FindingsGroups, FindingsList } from './findings-list';
import './validation.css';

/** What was checked: the text is kept, so the result follows the trigger catalog when it arrives. */
type Checked = { source: string; text: string };
/** Whether the custom triggers of the API took part in the check. */
type TriggerCatalogState = 'loaded' | 'loading' | 'failed';

export function CheckJourneyPage() {
  const [checked, setChecked] = useState<Checked | null>(null);
  const triggers = useTriggers();
  const context = useMemo<CheckContext>(
    () => (triggers.data ? { catalog: { triggers: triggerDefinitionsOf(triggers.data) } } : {}),
    [triggers.data],
  );
  const outcome = useMemo(() => (checked ? checkJourneyText(checked.text, context) : null), [checked, context]);
  // Data kept from an earlier load still counts, even if a later refetch failed.
  const catalogState: TriggerCatalogState = triggers.data ? 'loaded' : triggers.isError ? 'failed' : 'loading';
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  const [readError, setReadError] = useState<string | null>(null);
  const inputId = useId();
  const pasteId = useId();

  async function checkFile(file: File | undefined) {
    if (!file) return;
    try {
      const text = await file.text();
      setReadError(null);
      setChecked({ source: file.name, text });
    } catch {
      setReadError(`The file "${file.name}" could not be read.`);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    void checkFile(event.dataTransfer.files[0]);
  }

  return (
    <div className="check-page">
      <h1>Check a journey file</h1>
      <p className="check-intro">
        Check an exported journey before you import it: the file stays on this device and is checked with the same
        rules as publishing.
      </p>
      <div
        className={over ? 'drop-zone is-over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop a journey file (.json) here, or</p>
        <label className="file-button" htmlFor={inputId}>
          Choose a journey file…
          <input
            id={inputId}
            className="visually-hidden-input"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void checkFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <details className="paste-area">
        <summary>Or paste the JSON</summary>
        <label htmlFor={pasteId}>Journey JSON</label>
        <textarea id={pasteId} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
        <button type="button" onClick={() => setChecked({ source: 'Pasted JSON', text: pasted })}>
          Check pasted JSON
        </button>
      </details>
      {readError && <p role="alert" className="check-summary is-bad">{readError}</p>}
      <div aria-live="polite">{checked && outcome && <CheckResult source={checked.source} outcome={outcome} catalogState={catalogState} />}</div>
    </div>
  );
}

const catalogNotes: Record<Exclude<TriggerCatalogState, 'loaded'>, string> = {
  loading: 'Custom triggers are still loading; until they arrive they are reported as unknown.',
  failed: 'Custom triggers could not be loaded; they are reported as unknown.',
};

function CheckResult({ source, outcome, catalogState }: { source: string; outcome: CheckOutcome; catalogState: TriggerCatalogState }) {
  return (
    <section className="check-result" aria-label="Check result">
      <h2>Result for {source}</h2>
      {outcome.kind === 'not-json' && (
        <p className="check-summary is-bad" role="alert">
          This file is not valid JSON: {outcome.reason}
          {outcome.location && ` (line ${outcome.location.line}, column ${outcome.location.column})`}.
        </p>
      )}
      {outcome.kind === 'not-a-journey' && (
        <>
          <p className="check-summary is-bad" role="alert">
            This file is JSON but not a journey: {plural(outcome.findings.length, 'part does', 'parts do')} not match the
            journey format.
          </p>
          <FindingsList findings={outcome.findings} />
        </>
      )}
      {outcome.kind === 'checked' && catalogState !== 'loaded' && <p className="check-note">{catalogNotes[catalogState]}</p>}
      {outcome.kind === 'checked' && outcome.errors.length + outcome.warnings.length === 0 && (
        <p className="check-summary is-ok">No problems found: this journey can be published.</p>
      )}
      {outcome.kind === 'checked' && outcome.errors.length + outcome.warnings.length > 0 && (
        <>
          <p className={outcome.errors.length > 0 ? 'check-summary is-bad' : 'check-summary'}>
            {outcome.errors.length > 0
              ? `${plural(outcome.errors.length, 'error blocks', 'errors block')} publishing`
              : 'Nothing blocks publishing'}
            {outcome.warnings.length > 0 ? `; ${plural(outcome.warnings.length, 'warning', 'warnings')} to review.` : '.'}
          </p>
          <FindingsGroups errors={outcome.errors} warnings={outcome.warnings} headingLevel={3} />
        </>
      )}
    </section>
  );
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}
