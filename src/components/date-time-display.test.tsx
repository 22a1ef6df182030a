// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { DateTimeDisplay, RelativeTime } from './date-time-display';

afterEach(cleanup);

describe('DateTimeDisplay', () => {
  it('shows a local event time in the event zone and the same instant in the viewer zone', () => {
    const { container } = render(<DateTimeDisplay value="2026-03-02T09:00" zone="Europe/Paris" viewerZone="America/New_York" />);
    expect(container).toHaveTextContent('Mon, 2 Mar 2026, 09:00');
    expect(container).toHaveTextContent('Europe/Paris');
    expect(container).toHaveTextContent('03:00 your time');
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2026-03-02T09:00:00.000+01:00');
  });

  it('converts an instant with an offset into the event zone, across a DST change', () => {
    const { container } = render(<DateTimeDisplay value="2026-03-29T08:00:00Z" zone="Europe/Paris" viewerZone="UTC" />);
    expect(container).toHaveTextContent('10:00');
    expect(container).toHaveTextContent('08:00 your time');
  });

  it('shows one time only when the viewer shares the offset', () => {
    render(<DateTimeDisplay value="2026-03-02T09:00" zone="Europe/Paris" viewerZone="Europe/Paris" />);
    expect(screen.queryByText(/your time/)).not.toBeInTheDocument();
  });
});

describe('RelativeTime', () => {
  it('says how long ago', () => {
    const now = Date.parse('2026-03-02T12:00:00Z');
    const { rerender } = render(<RelativeTime value="2026-03-02T11:55:00Z" now={now} />);
    expect(screen.getByText('5 minutes ago')).toBeInTheDocument();
    rerender(<RelativeTime value="2026-02-28T12:00:00Z" now={now} />);
    expect(screen.getByText('2 days ago')).toBeInTheDocument();
  });
});
