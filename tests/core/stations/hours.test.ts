import { describe, expect, it } from 'vitest';
import type { Station } from '../../../src/core/content/schema.js';
import { addDays, isAllDay, localDay, openStatus } from '../../../src/core/stations/hours.js';

const TZ = 'Asia/Shanghai';
/** A moment given as Shanghai local time. */
const at = (local: string) => new Date(`${local}+08:00`);
const station = (hours: Station['hours'], closedOn: string[] = []) => ({ hours, closedOn });

describe('localDay', () => {
  it('reads the date, weekday and minutes in the bot time zone', () => {
    expect(localDay(new Date('2026-11-23T02:00:00Z'), TZ)).toEqual({
      date: '2026-11-23',
      weekday: 'mon',
      minutes: 600,
    });
    // 23:30 UTC on Sunday is already Monday morning in Shanghai.
    expect(localDay(new Date('2026-11-22T23:30:00Z'), TZ)).toEqual({
      date: '2026-11-23',
      weekday: 'mon',
      minutes: 450,
    });
    expect(localDay(new Date('2026-11-23T02:00:00Z'), 'America/New_York').weekday).toBe('sun');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', weekday: 'fri' });
    expect(addDays('2026-02-28', 1)).toEqual({ date: '2026-03-01', weekday: 'sun' });
  });
});

describe('openStatus', () => {
  it('one rule for every day', () => {
    const s = station('09:00-22:00');
    expect(openStatus(s, at('2026-11-23T10:00:00'), TZ)).toEqual({
      open: true,
      allDay: false,
      closesAt: '22:00',
    });
    expect(openStatus(s, at('2026-11-23T08:59:00'), TZ)).toMatchObject({
      open: false,
      holiday: false,
      opens: { inDays: 0, at: '09:00' },
    });
    expect(openStatus(s, at('2026-11-23T22:00:00'), TZ)).toMatchObject({
      open: false,
      opens: { inDays: 1, weekday: 'tue', at: '09:00' },
    });
  });

  it('per-weekday hours with a lunch break, a missing day closed', () => {
    const s = station({ mon: '08:00-11:00,14:00-21:00', tue: '08:00-11:00,14:00-21:00', sat: '09:00-12:00' });
    expect(openStatus(s, at('2026-11-23T12:00:00'), TZ)).toMatchObject({
      open: false,
      opens: { inDays: 0, at: '14:00' },
    });
    expect(openStatus(s, at('2026-11-23T15:00:00'), TZ)).toMatchObject({ open: true, closesAt: '21:00' });
    // Tuesday evening → next opening is Saturday (Wednesday to Friday are missing, so closed).
    expect(openStatus(s, at('2026-11-24T22:00:00'), TZ)).toMatchObject({
      open: false,
      opens: { inDays: 4, weekday: 'sat', at: '09:00' },
    });
  });

  it('24h, and an opening that runs through midnight from one day into the next', () => {
    expect(openStatus(station('24h'), at('2026-11-23T03:00:00'), TZ)).toEqual({ open: true, allDay: true });
    expect(isAllDay(station('24h'))).toBe(true);
    const late = station({ mon: '06:00-24:00', tue: '00:00-02:00,06:00-24:00' });
    expect(openStatus(late, at('2026-11-23T23:30:00'), TZ)).toEqual({
      open: true,
      allDay: false,
      closesAt: '02:00',
      closesTomorrow: true,
    });
    expect(openStatus(late, at('2026-11-24T01:00:00'), TZ)).toMatchObject({ open: true, closesAt: '02:00' });
    expect(openStatus(late, at('2026-11-24T03:00:00'), TZ)).toMatchObject({
      open: false,
      opens: { inDays: 0, at: '06:00' },
    });
    expect(isAllDay(late)).toBe(false);
  });

  it('closedOn dates (holidays) override the hours', () => {
    const s = station('08:00-20:00', ['2026-10-01', '2026-10-02']);
    expect(openStatus(s, at('2026-10-01T10:00:00'), TZ)).toMatchObject({
      open: false,
      holiday: true,
      opens: { inDays: 2, at: '08:00' },
    });
    expect(openStatus(station('24h', ['2026-10-01']), at('2026-10-01T10:00:00'), TZ)).toMatchObject({
      open: false,
      holiday: true,
    });
  });

  it('a station that never opens says so', () => {
    expect(openStatus(station('closed'), at('2026-11-23T10:00:00'), TZ)).toEqual({
      open: false,
      holiday: false,
    });
  });
});
