// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimeZonePicker, allTimeZones, filterTimeZones } from './time-zone-picker';
import { FormField } from './form-field';

afterEach(cleanup);

function Harness({ initial = 'Europe/Paris' }: { initial?: string }) {
  const [zone, setZone] = useState(initial);
  return (
    <>
      <FormField label="Time zone">{(p) => <TimeZonePicker {...p} value={zone} onChange={setZone} />}</FormField>
      <output aria-label="chosen">{zone}</output>
      <button>elsewhere</button>
    </>
  );
}

describe('time-zone list', () => {
  it('offers UTC and the IANA zones of the runtime', () => {
    expect(allTimeZones()).toContain('UTC');
    expect(allTimeZones()).toContain('America/New_York');
  });

  it('matches words in any order, spaces standing for underscores, city prefix first', () => {
    expect(filterTimeZones('new york')).toEqual(['America/New_York']);
    const tokyo = filterTimeZones('tok');
    expect(tokyo[0]).toBe('Asia/Tokyo');
  });
});

describe('TimeZonePicker', () => {
  it('is a combobox named by its label that filters as you type and chooses with arrows and Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    expect(box).toHaveValue('Europe/Paris');
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.clear(box);
    await user.type(box, 'tokyo');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Asia/Tokyo');
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);

    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('chosen')).toHaveTextContent('Asia/Tokyo');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('chooses with the mouse', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(box);
    await user.type(box, 'los ang');
    await user.click(screen.getByRole('option', { name: 'America/Los_Angeles' }));
    expect(screen.getByLabelText('chosen')).toHaveTextContent('America/Los_Angeles');
  });

  it('puts back the chosen zone when the typed text names none, and Escape closes the list', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(box);
    await user.type(box, 'Atlantis');
    expect(screen.getByText(/No time zone matches/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(box).toHaveValue('Europe/Paris');
    expect(screen.getByLabelText('chosen')).toHaveTextContent('Europe/Paris');
  });

  it('accepts an exact zone name typed in full', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(box);
    await user.type(box, 'utc');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.getByLabelText('chosen')).toHaveTextContent('UTC');
  });
});
