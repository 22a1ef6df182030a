import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useMockControls, useScenario } from './mock-controls';
import './dev-panel.css';

/**
 * The mock backend's controls, for the header: a scenario select and "Reset demo data", plus a
 * badge while the scenario is not normal. Renders nothing against a real backend.
 */
export function DevPanel() {
  const controls = useMockControls();
  const scenario = useScenario(controls);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const panelId = useId();
  const selectId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onPointer = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (!controls || scenario === null) return null;
  const description = controls.scenarios.find((s) => s.name === scenario)?.description ?? scenario;

  const choose = (name: string) => {
    controls.setScenario(name);
    setMessage('');
    // What is on screen came from the previous backend behaviour: fetch it again.
    void queryClient.invalidateQueries();
  };

  const reset = () => {
    controls.resetDemoData();
    void queryClient.resetQueries();
    setMessage('Demo data restored.');
  };

  return (
    <div className="dev-panel" ref={rootRef}>
      {scenario !== 'normal' && (
        <span className="dev-panel-badge" role="status" title={description}>
          Mock: {scenario}
        </span>
      )}
      <button
        type="button"
        className="dev-panel-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Dev panel
      </button>
      {open && (
        <div className="dev-panel-popover" id={panelId} role="region" aria-label="Mock backend">
          <h2>Mock backend</h2>
          <label htmlFor={selectId}>
            Backend scenario
            <select
              id={selectId}
              value={scenario}
              aria-describedby={`${selectId}-hint`}
              onChange={(e) => choose(e.target.value)}
            >
              {controls.scenarios.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <p className="dev-panel-hint" id={`${selectId}-hint`}>
            {description}. Also set by <code>?scenario=</code> in the address; remembered on this device.
          </p>
          <button type="button" onClick={reset}>
            Reset demo data
          </button>
          <p className="dev-panel-hint" role="status" aria-live="polite">
            {message}
          </p>
        </div>
      )}
    </div>
  );
}
