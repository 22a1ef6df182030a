import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import {
  addDuration,
  eventRelativeInstant,
  formatInstant,
  formatLocal,
  formatWallClock,
  isPositiveDuration,
  isValidZone,
  localToEpoch,
  nextWholeUtcHour,
  offsetMinutesAt,
  parseDuration,
  parseInstant,
  type Duration,
} from './time';

const at = (iso: string): number => Date.parse(iso);
const dur = (text: string): Duration => {
  const d = parseDuration(text);
  if (!d) throw new Error(`bad duration ${text}`);
  return d;
};
const plus = (iso: string, d: string, zone: string): string => formatInstant(addDuration(at(iso), dur(d), zone));

describe('parseDuration', () => {
  it('reads every unit and the sign', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7.5S')).toEqual({
      negative: false, years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7.5,
    });
    expect(parseDuration('-P1D')).toMatchObject({ negative: true, days: 1 });
    expect(parseDuration('PT2H')).toMatchObject({ hours: 2, days: 0 });
  });
  it('rejects malformed text and fractional units other than seconds', () => {
    for (const bad of ['', 'P', 'PT', '1D', 'P1', 'P1.5D', 'PT1.5H', 'P0.5W', 'P1.5Y', 'P1.5M', 'PT1M2H', 'P1DT', 'p1d', ' P1D']) {
      expect(parseDuration(bad), bad).toBeNull();
    }
  });
  it('knows a positive duration', () => {
    expect(isPositiveDuration(dur('PT1S'))).toBe(true);
    expect(isPositiveDuration(dur('P0D'))).toBe(false);
    expect(isPositiveDuration(dur('-PT1H'))).toBe(false);
  });
});

describe('calendar arithmetic in a zone', () => {
  it('one day across the Paris spring change keeps 09:00 and lasts 23 hours', () => {
    expect(plus('2026-03-28T08:00:00Z', 'P1D', 'Europe/Paris')).toBe('2026-03-29T07:00:00.000Z');
  });
  it('one day across the Paris autumn change keeps 09:00 and lasts 25 hours', () => {
    expect(plus('2026-10-24T07:00:00Z', 'P1D', 'Europe/Paris')).toBe('2026-10-25T08:00:00.000Z');
  });
  it('24 hours is elapsed time, not a calendar day', () => {
    expect(plus('2026-03-28T08:00:00Z', 'PT24H', 'Europe/Paris')).toBe('2026-03-29T08:00:00.000Z');
  });
  it('adds the calendar part before the time part', () => {
    // 28 March 01:30 CET + 1 day = 29 March 01:30 CET (00:30Z), + 1 hour elapsed = 01:30Z (03:30 CEST)
    expect(plus('2026-03-28T00:30:00Z', 'P1DT1H', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
  });
  it('a wall time in the spring gap moves forward by the gap', () => {
    // 28 March 02:30 CET + P1D = 29 March 02:30, which does not exist: 03:30 CEST
    expect(plus('2026-03-28T01:30:00Z', 'P1D', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    expect(formatInstant(localToEpoch('2026-03-29T02:30', 'Europe/Paris')!)).toBe('2026-03-29T01:30:00.000Z');
  });
  it('a repeated wall time takes the earlier instant', () => {
    expect(formatInstant(localToEpoch('2026-10-25T02:30', 'Europe/Paris')!)).toBe('2026-10-25T00:30:00.000Z');
    expect(plus('2026-10-24T00:30:00Z', 'P1D', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
  });
  it('handles America/Chicago gap and repeat', () => {
    expect(formatInstant(localToEpoch('2026-03-08T02:30', 'America/Chicago')!)).toBe('2026-03-08T08:30:00.000Z');
    expect(formatInstant(localToEpoch('2026-11-01T01:30', 'America/Chicago')!)).toBe('2026-11-01T06:30:00.000Z');
    expect(plus('2026-03-07T15:00:00Z', 'P1D', 'America/Chicago')).toBe('2026-03-08T14:00:00.000Z');
    expect(plus('2026-05-14T22:00:00Z', 'PT1H', 'America/Chicago')).toBe('2026-05-14T23:00:00.000Z');
  });
  it('clamps a month past the end of a shorter month to its last day', () => {
    expect(plus('2026-01-31T10:00:00Z', 'P1M', 'UTC')).toBe('2026-02-28T10:00:00.000Z');
    expect(plus('2024-01-31T10:00:00Z', 'P1M', 'UTC')).toBe('2024-02-29T10:00:00.000Z');
    expect(plus('2024-02-29T10:00:00Z', 'P1Y', 'UTC')).toBe('2025-02-28T10:00:00.000Z');
    expect(plus('2026-03-31T10:00:00Z', '-P1M', 'UTC')).toBe('2026-02-28T10:00:00.000Z');
    expect(plus('2026-01-31T09:00:00Z', 'P1M', 'Europe/Paris')).toBe('2026-02-28T09:00:00.000Z');
  });
  it('subtracts negative durations the same way', () => {
    expect(plus('2026-03-29T07:00:00Z', '-P1D', 'Europe/Paris')).toBe('2026-03-28T08:00:00.000Z');
    expect(plus('2026-03-29T07:00:00Z', '-PT2H', 'Europe/Paris')).toBe('2026-03-29T05:00:00.000Z');
    expect(plus('2026-12-15T10:00:00Z', '-P2W', 'UTC')).toBe('2026-12-01T10:00:00.000Z');
  });
});

describe('event-relative instants', () => {
  it('one day before a Paris event keeps the wall-clock time across the change', () => {
    // 30 March 10:00 CEST (08:00Z) - P1D = 29 March 10:00 CEST (08:00Z)
    expect(formatInstant(eventRelativeInstant('2026-03-30T10:00', 'Europe/Paris', '-P1D')!)).toBe('2026-03-29T08:00:00.000Z');
    expect(formatInstant(eventRelativeInstant('2026-03-29T10:00', 'Europe/Paris', '-P1D')!)).toBe('2026-03-28T09:00:00.000Z');
  });
  it('without offset is the local time itself, null when malformed', () => {
    expect(formatInstant(eventRelativeInstant('2026-04-15T18:30', 'Asia/Kolkata')!)).toBe('2026-04-15T13:00:00.000Z');
    expect(eventRelativeInstant('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(eventRelativeInstant('2026-02-10T10:00', 'UTC', 'bad')).toBeNull();
  });
  it('finds the first whole UTC hour strictly after an instant', () => {
    expect(formatInstant(nextWholeUtcHour(at('2026-04-15T13:00:00Z')))).toBe('2026-04-15T14:00:00.000Z');
    expect(formatInstant(nextWholeUtcHour(at('2026-04-15T13:30:00Z')))).toBe('2026-04-15T14:00:00.000Z');
  });
});

describe('offsets and zones', () => {
  it('switches at the exact instant of the change', () => {
    expect(offsetMinutesAt(at('2026-03-29T00:59:59.999Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutesAt(at('2026-03-29T01:00:00Z'), 'Europe/Paris')).toBe(120);
    // Lord Howe changes by 30 minutes at 02:00 local: 15:00Z on 4 April 2026
    expect(offsetMinutesAt(at('2026-04-04T14:59:59.999Z'), 'Australia/Lord_Howe')).toBe(660);
    expect(offsetMinutesAt(at('2026-04-04T15:00:00Z'), 'Australia/Lord_Howe')).toBe(630);
  });
  it('agrees with luxon at any instant', () => {
    const zones = ['Europe/Paris', 'America/Chicago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: at('1990-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') }), fc.constantFrom(...zones), (ms, zone) => {
        expect(offsetMinutesAt(ms, zone)).toBe(IANAZone.create(zone).offset(ms));
      }),
      { numRuns: 2000 },
    );
  });
  it('local wall time round-trips through an instant except in gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z') }), fc.constantFrom('Europe/Paris', 'America/Chicago'), (ms, zone) => {
        const minute = Math.floor(ms / 60000) * 60000;
        const local = formatLocal(minute, zone, "yyyy-MM-dd'T'HH:mm");
        const back = localToEpoch(local, zone)!;
        // a repeated hour maps back to its earlier occurrence
        expect(back === minute || back === minute - 3600000).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('accepts IANA zones and UTC, rejects the rest', () => {
    expect(isValidZone('Europe/Paris')).toBe(true);
    expect(isValidZone('UTC')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
    expect(isValidZone('')).toBe(false);
    expect(isValidZone('+01:00')).toBe(false);
  });
});

describe('instants', () => {
  it('parses date-times with Z or an offset only', () => {
    expect(parseInstant('2026-03-01T00:00:00+01:00')).toBe(at('2026-02-28T23:00:00Z'));
    expect(parseInstant('2026-03-01T09:00Z')).toBe(at('2026-03-01T09:00:00Z'));
    expect(parseInstant('2026-03-01T09:00:00.123456Z')).toBe(at('2026-03-01T09:00:00.123Z'));
    expect(parseInstant('2026-03-01T09:00:00-0530')).toBe(at('2026-03-01T14:30:00Z'));
    for (const bad of ['2026-03-01T09:00:00', '2026-03-01', 'not-a-date', '2026-02-30T09:00:00Z', '2026-03-01T24:00:00Z']) {
      expect(parseInstant(bad), bad).toBeNull();
    }
  });
  it('formats UTC with milliseconds and local times for people', () => {
    expect(formatInstant(at('2026-03-02T09:00:00Z'))).toBe('2026-03-02T09:00:00.000Z');
    expect(formatLocal(at('2026-03-02T09:00:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2026-03-02 10:00');
  });
});

describe('formatWallClock', () => {
  it('writes the wall clock of the zone without luxon', () => {
    expect(formatWallClock(Date.parse('2026-03-30T16:00:00Z'), 'Europe/Paris')).toBe('30 Mar 2026 at 18:00');
    expect(formatWallClock(Date.parse('2026-04-15T14:00:00Z'), 'Asia/Kolkata')).toBe('15 Apr 2026 at 19:30');
  });
});

describe('addDuration against luxon', () => {
  it('keeps the wall-clock time for calendar units in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z') }),
        fc.constantFrom('Europe/Paris', 'America/Chicago', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'UTC'),
        fc.record({ years: fc.integer({ min: 0, max: 3 }), months: fc.integer({ min: 0, max: 14 }), days: fc.integer({ min: 0, max: 40 }) }),
        fc.boolean(),
        (ms, zone, parts, negative) => {
          const d: Duration = { negative, years: parts.years, months: parts.months, weeks: 0, days: parts.days, hours: 0, minutes: 0, seconds: 0 };
          const sign = negative ? -1 : 1;
          const expectedWall = DateTime.fromMillis(ms, { zone })
            .setZone('UTC', { keepLocalTime: true })
            .plus({ years: sign * parts.years, months: sign * parts.months })
            .plus({ days: sign * parts.days })
            .toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
          const result = addDuration(ms, d, zone);
          const exists = formatLocal(localToEpoch(expectedWall, zone)!, zone, "yyyy-MM-dd'T'HH:mm:ss.SSS") === expectedWall;
          if (exists) expect(formatLocal(result, zone, "yyyy-MM-dd'T'HH:mm:ss.SSS")).toBe(expectedWall);
          expect(result).toBe(localToEpoch(expectedWall, zone));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
