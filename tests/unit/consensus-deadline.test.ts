// Showing deadlines unambiguously and reading wall-clock deadlines across daylight-saving changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_TIME_ZONE,
	formatDay,
	formatDeadline,
	formatUtcOffset,
	parseInstant,
	parseLocalDeadline,
	utcOffsetMinutes
} from '../../src/lib/domain/consensus';

describe('formatDeadline', () => {
	it('shows a Vienna deadline in winter with CET and UTC+01:00', () => {
		expect(formatDeadline('2025-11-14T11:00:00Z', 'Europe/Vienna', 'en-GB')).toBe(
			'Friday, 14 November 2025, 12:00 (Vienna, CET, UTC+01:00)'
		);
	});

	it('shows a Vienna deadline in summer with CEST and UTC+02:00', () => {
		expect(formatDeadline('2026-07-14T10:00:00Z', 'Europe/Vienna', 'en-GB')).toBe(
			'Tuesday, 14 July 2026, 12:00 (Vienna, CEST, UTC+02:00)'
		);
	});

	it('defaults to Vienna and British English', () => {
		expect(DEFAULT_TIME_ZONE).toBe('Europe/Vienna');
		expect(formatDeadline('2025-11-14T11:00:00.000Z')).toBe('Friday, 14 November 2025, 12:00 (Vienna, CET, UTC+01:00)');
	});

	it('uses the 24-hour clock, so midnight is 00:00 of the day it begins', () => {
		expect(formatDeadline('2026-01-13T23:00:00Z')).toBe('Wednesday, 14 January 2026, 00:00 (Vienna, CET, UTC+01:00)');
	});

	it('shows other zones and locales, leaving out abbreviations that are only an offset', () => {
		expect(formatDeadline('2026-07-14T10:00:00Z', 'America/New_York', 'en-US')).toBe(
			'Tuesday, July 14, 2026, 06:00 (New York, EDT, UTC-04:00)'
		);
		expect(formatDeadline('2026-01-14T10:00:00Z', 'Asia/Kolkata')).toBe(
			'Wednesday, 14 January 2026, 15:30 (Kolkata, UTC+05:30)'
		);
		expect(formatDeadline('2026-01-14T10:00:00Z', 'Europe/London')).toBe(
			'Wednesday, 14 January 2026, 10:00 (London, GMT, UTC+00:00)'
		);
		expect(formatDeadline('2026-07-14T10:00:00Z', 'UTC')).toBe('Tuesday, 14 July 2026, 10:00 (UTC+00:00)');
		expect(formatDeadline('2026-01-14T10:00:00Z', 'Europe/Vienna', 'fr')).toBe(
			'mercredi 14 janvier 2026, 11:00 (Vienna, UTC+01:00)'
		);
	});

	it('reads an instant given with an offset', () => {
		expect(formatDeadline('2025-11-14T12:00:00+01:00')).toBe(
			'Friday, 14 November 2025, 12:00 (Vienna, CET, UTC+01:00)'
		);
	});

	it('throws on a string that is not an instant', () => {
		expect(() => formatDeadline('2025-11-14 12:00')).toThrow(RangeError);
	});
});

describe('parseInstant', () => {
	it('accepts ISO 8601 instants with Z or an offset', () => {
		expect(parseInstant('2025-11-14T11:00:00Z')).toBe(Date.UTC(2025, 10, 14, 11));
		expect(parseInstant('2025-11-14T11:00Z')).toBe(Date.UTC(2025, 10, 14, 11));
		expect(parseInstant('2025-11-14T12:00:00.250+01:00')).toBe(Date.UTC(2025, 10, 14, 11, 0, 0, 250));
		expect(parseInstant('2025-11-14T06:00:00-05:00')).toBe(Date.UTC(2025, 10, 14, 11));
	});

	it('refuses what Date.parse would stretch: no offset, 30 February, 24:00', () => {
		for (const value of [
			'2025-11-14T11:00:00',
			'2025-02-30T11:00:00Z',
			'2025-11-14T24:00:00Z',
			'2025-11-14',
			'tomorrow'
		]) {
			expect(parseInstant(value)).toBeNull();
		}
	});
});

describe('offsets', () => {
	it('gives the offset of a zone at an instant, in minutes east of UTC', () => {
		expect(utcOffsetMinutes(Date.UTC(2026, 0, 14), 'Europe/Vienna')).toBe(60);
		expect(utcOffsetMinutes(Date.UTC(2026, 6, 14), 'Europe/Vienna')).toBe(120);
		expect(utcOffsetMinutes(Date.UTC(2026, 0, 14), 'America/St_Johns')).toBe(-210);
	});

	it('writes offsets with sign, hours and minutes', () => {
		expect(formatUtcOffset(0)).toBe('UTC+00:00');
		expect(formatUtcOffset(330)).toBe('UTC+05:30');
		expect(formatUtcOffset(-210)).toBe('UTC-03:30');
	});

	it('gives the calendar day of an instant in Vienna', () => {
		expect(formatDay('2027-03-12T23:30:00Z')).toBe('13 March 2027');
	});
});

describe('parseLocalDeadline', () => {
	it('reads noon in Vienna in winter as 11:00 UTC and in summer as 10:00 UTC', () => {
		expect(parseLocalDeadline('2026-01-14', '12:00', 'Europe/Vienna')).toEqual({
			ok: true,
			instant: '2026-01-14T11:00:00.000Z',
			note: null
		});
		expect(parseLocalDeadline('2026-07-14', '12:00', 'Europe/Vienna')).toEqual({
			ok: true,
			instant: '2026-07-14T10:00:00.000Z',
			note: null
		});
		expect(parseLocalDeadline('2026-07-14', '12:00')).toEqual({
			ok: true,
			instant: '2026-07-14T10:00:00.000Z',
			note: null
		});
	});

	it('reads the minutes around the spring change correctly', () => {
		expect(parseLocalDeadline('2026-03-29', '01:59', 'Europe/Vienna')).toEqual({
			ok: true,
			instant: '2026-03-29T00:59:00.000Z',
			note: null
		});
		expect(parseLocalDeadline('2026-03-29', '03:00', 'Europe/Vienna')).toEqual({
			ok: true,
			instant: '2026-03-29T01:00:00.000Z',
			note: null
		});
	});

	it('refuses a time that does not exist because the clocks go forward', () => {
		const reason = (time: string) =>
			`There is no ${time} on 29 March 2026 in Vienna: the clocks go forward from 02:00 to 03:00. Choose another time, for example 03:00.`;
		expect(parseLocalDeadline('2026-03-29', '02:00', 'Europe/Vienna')).toEqual({ ok: false, reason: reason('02:00') });
		expect(parseLocalDeadline('2026-03-29', '02:30', 'Europe/Vienna')).toEqual({ ok: false, reason: reason('02:30') });
		expect(parseLocalDeadline('2026-03-29', '02:59', 'Europe/Vienna')).toEqual({ ok: false, reason: reason('02:59') });
		expect(parseLocalDeadline('2026-03-08', '02:30', 'America/New_York')).toEqual({
			ok: false,
			reason:
				'There is no 02:30 on 8 March 2026 in New York: the clocks go forward from 02:00 to 03:00. Choose another time, for example 03:00.'
		});
		expect(parseLocalDeadline('2026-10-04', '02:15', 'Australia/Lord_Howe')).toEqual({
			ok: false,
			reason:
				'There is no 02:15 on 4 October 2026 in Lord Howe: the clocks go forward from 02:00 to 02:30. Choose another time, for example 02:30.'
		});
	});

	it('takes the second of a time that occurs twice because the clocks go back, and says so', () => {
		expect(parseLocalDeadline('2026-10-25', '02:30', 'Europe/Vienna')).toEqual({
			ok: true,
			instant: '2026-10-25T01:30:00.000Z',
			note: '02:30 occurs twice on 25 October 2026 in Vienna, because the clocks go back from 03:00 to 02:00. The deadline is the second 02:30 (CET, UTC+01:00), so that no State is cut short.'
		});
		expect(parseLocalDeadline('2026-10-25', '02:00', 'Europe/Vienna')).toMatchObject({
			ok: true,
			instant: '2026-10-25T01:00:00.000Z'
		});
		expect(parseLocalDeadline('2026-10-25', '01:59', 'Europe/Vienna')).toEqual({
			ok: true,
			instant: '2026-10-24T23:59:00.000Z',
			note: null
		});
		expect(parseLocalDeadline('2026-10-25', '03:00', 'Europe/Vienna')).toEqual({
			ok: true,
			instant: '2026-10-25T02:00:00.000Z',
			note: null
		});
		expect(parseLocalDeadline('2026-11-01', '01:30', 'America/New_York')).toMatchObject({
			ok: true,
			instant: '2026-11-01T06:30:00.000Z'
		});
	});

	it('refuses dates, times and zones it cannot read', () => {
		expect(parseLocalDeadline('2026-02-30', '12:00', 'Europe/Vienna')).toEqual({
			ok: false,
			reason: '"2026-02-30" is not a date; write it as YYYY-MM-DD, for example 2026-11-13.'
		});
		expect(parseLocalDeadline('13/11/2026', '12:00', 'Europe/Vienna')).toMatchObject({ ok: false });
		expect(parseLocalDeadline('2026-11-13', '24:00', 'Europe/Vienna')).toEqual({
			ok: false,
			reason: '"24:00" is not a time of day; write it as HH:MM on the 24-hour clock, for example 12:00.'
		});
		expect(parseLocalDeadline('2026-11-13', '12 noon', 'Europe/Vienna')).toMatchObject({ ok: false });
		expect(parseLocalDeadline('2026-11-13', '12:00', 'Europe/Atlantis')).toEqual({
			ok: false,
			reason: '"Europe/Atlantis" is not a known time zone.'
		});
	});

	it('turns back into the instant shown on the wall clock, for any minute in any zone', () => {
		const zones = [
			'Europe/Vienna',
			'Europe/London',
			'America/New_York',
			'Europe/Moscow',
			'Asia/Kolkata',
			'Australia/Lord_Howe',
			'America/St_Johns'
		];
		const wallClock = (epochMs: number, timeZone: string) => {
			const parts = new Intl.DateTimeFormat('en-GB', {
				timeZone,
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23'
			}).formatToParts(new Date(epochMs));
			const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
			return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
		};
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2037, 11, 31) / 60_000 }),
				fc.constantFrom(...zones),
				(minute, timeZone) => {
					const epochMs = minute * 60_000;
					const { date, time } = wallClock(epochMs, timeZone);
					const parsed = parseLocalDeadline(date, time, timeZone);
					expect(parsed.ok).toBe(true);
					if (!parsed.ok) return;
					const instant = Date.parse(parsed.instant);
					expect(wallClock(instant, timeZone)).toEqual({ date, time });
					if (parsed.note === null) expect(instant).toBe(epochMs);
					// A repeated hour: the later reading, never an earlier one.
					else expect(instant).toBeGreaterThanOrEqual(epochMs);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('always lands on the DST days in one of the three defined ways', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 23 }),
				fc.integer({ min: 0, max: 59 }),
				fc.constantFrom('2026-03-29', '2026-10-25'),
				(hour, minute, date) => {
					const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
					const parsed = parseLocalDeadline(date, time, 'Europe/Vienna');
					const inGap = date === '2026-03-29' && hour === 2;
					const inOverlap = date === '2026-10-25' && hour === 2;
					expect(parsed.ok).toBe(!inGap);
					if (parsed.ok) expect(parsed.note !== null).toBe(inOverlap);
				}
			),
			{ numRuns: 300 }
		);
	});
});
