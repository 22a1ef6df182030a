import { describe, expect, it } from 'vitest';
import { describeMinutes, durationToMinutes, minutesToDuration } from './checkin-delay';

describe('check-in delay', () => {
  it('reads hours, minutes and days as elapsed minutes', () => {
    expect(durationToMinutes('PT4H')).toBe(240);
    expect(durationToMinutes('PT4H30M')).toBe(270);
    expect(durationToMinutes('P1D')).toBe(1440);
    expect(durationToMinutes('P1M')).toBeNull();
    expect(durationToMinutes('nonsense')).toBeNull();
  });

  it('writes minutes back as an ISO duration the API accepts', () => {
    expect(minutesToDuration(240)).toBe('PT4H');
    expect(minutesToDuration(270)).toBe('PT4H30M');
    expect(minutesToDuration(45)).toBe('PT45M');
    expect(minutesToDuration(0)).toBe('PT0M');
    expect(describeMinutes(270)).toBe('4 hours 30 minutes');
  });
});
