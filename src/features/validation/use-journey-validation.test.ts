import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../domain/validate';
import { validationNotice, visibleFindings } from './use-journey-validation';

const journey = {
  schemaVersion: 1,
  id: 'j',
  name: 'J',
  timeZone: 'UTC',
  tiles: [
    { id: 'entry', kind: 'trigger', trigger: 'custom.webinarPoll' },
    { id: 'stop', kind: 'exit' },
  ],
  edges: [{ id: 'e1', from: 'entry', port: 'next', to: 'stop' }],
};

describe('editor checks while the API lists load or fail', () => {
  it('does not call a custom trigger unknown before the trigger list has arrived', () => {
    const context = { catalog: {} };
    const findings = validateJourney(journey, context);
    expect(findings.map((f) => f.code)).toContain('trigger-unknown');
    expect(visibleFindings(findings, context).map((f) => f.code)).not.toContain('trigger-unknown');
  });

  it('still calls a trigger unknown once the list has arrived without it', () => {
    const context = { catalog: { triggers: [] } };
    expect(visibleFindings(validateJourney(journey, context), context).map((f) => f.code)).toContain('trigger-unknown');
  });

  it('says what is not checked yet, and what could not be loaded', () => {
    expect(validationNotice({ triggers: 'success', events: 'success', templates: 'success' })).toBeNull();
    expect(validationNotice({ triggers: 'pending', events: 'success', templates: 'pending' })).toBe(
      'Loading the custom triggers and email templates: they are checked as soon as they arrive.',
    );
    expect(validationNotice({ triggers: 'error', events: 'pending', templates: 'success' })).toBe(
      'The custom triggers could not be loaded, so they are not checked; reload the page to try again.',
    );
  });
});
