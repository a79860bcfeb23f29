// Deadlines are instants (stored in UTC) announced in a time zone, Vienna by default. These helpers
// show an instant so nobody can misread it, and turn a wall-clock date and time in a zone into the
// instant, correctly across daylight-saving changes. Intl only (Node has full ICU); no date library.

export const DEFAULT_TIME_ZONE = 'Europe/Vienna';
export const DEFAULT_LOCALE = 'en-GB';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

// Building a DateTimeFormat is costly compared to using one; reasons and lists format many dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let cached = formatters.get(key);
	if (!cached) {
		cached = new Intl.DateTimeFormat(locale, options);
		formatters.set(key, cached);
	}
	return cached;
}

export function isKnownTimeZone(timeZone: string): boolean {
	try {
		formatter('en', { timeZone });
		return true;
	} catch {
		return false;
	}
}

// ── Instants ───────────────────────────────────────────────────────────────────────────────────

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Milliseconds since the epoch of an ISO 8601 instant, or null. The instant must say its offset
 * (`Z` or `+01:00`): a date and time without one is not an instant. Stricter than Date.parse, which
 * accepts 30 February and 24:00.
 */
export function parseInstant(value: string): number | null {
	const match = INSTANT_PATTERN.exec(value);
	if (!match) return null;
	const [, year, month, day, hour, minute, second = '0', fraction = '0', offset = 'Z'] = match;
	const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number
	];
	if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
	let offsetMinutes = 0;
	if (offset !== 'Z') {
		const sign = offset.startsWith('-') ? -1 : 1;
		const offsetHours = Number(offset.slice(1, 3));
		const offsetRest = Number(offset.slice(4, 6));
		if (offsetHours > 23 || offsetRest > 59) return null;
		offsetMinutes = sign * (offsetHours * 60 + offsetRest);
	}
	const milliseconds = Number(fraction.padEnd(3, '0'));
	return Date.UTC(y, mo - 1, d, h, mi, s, milliseconds) - offsetMinutes * MINUTE_MS;
}

/** The UTC offset of `timeZone` at an instant, in minutes east of UTC. */
export function utcOffsetMinutes(epochMs: number, timeZone: string): number {
	const parts = formatter('en-GB', {
		timeZone,
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
		hourCycle: 'h23'
	}).formatToParts(new Date(epochMs));
	const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
	const wallClock = Date.UTC(
		field('year'),
		field('month') - 1,
		field('day'),
		field('hour'),
		field('minute'),
		field('second')
	);
	const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
	return Math.round((wallClock - wholeSeconds) / MINUTE_MS);
}

/** "UTC+01:00", "UTC-05:00", "UTC+05:30". */
export function formatUtcOffset(offsetMinutes: number): string {
	const sign = offsetMinutes < 0 ? '-' : '+';
	const absolute = Math.abs(offsetMinutes);
	const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
	const minutes = String(absolute % 60).padStart(2, '0');
	return `UTC${sign}${hours}:${minutes}`;
}

// ── Showing a deadline ─────────────────────────────────────────────────────────────────────────

function requireInstant(instantIso: string): number {
	const epochMs = parseInstant(instantIso);
	if (epochMs === null) throw new RangeError(`"${instantIso}" is not an ISO 8601 instant with an offset.`);
	return epochMs;
}

/**
 * The zone as given, with ICU's capitalisation. ICU would also turn current names into the legacy
 * ones it keeps as canonical (Asia/Kolkata → Asia/Calcutta), which people no longer recognise.
 */
export function canonicalTimeZone(timeZone: string): string {
	const resolved = formatter('en', { timeZone }).resolvedOptions().timeZone;
	return resolved.toLowerCase() === timeZone.toLowerCase() ? resolved : timeZone;
}

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

/** The city of an IANA zone as its identifier spells it ("Europe/Vienna" → "Vienna"). */
function zoneCity(timeZone: string): string | null {
	if (UTC_ZONES.has(timeZone) || timeZone.startsWith('Etc/')) return null;
	const city = timeZone.slice(timeZone.lastIndexOf('/') + 1).replaceAll('_', ' ');
	return city === 'Kiev' ? 'Kyiv' : city;
}

/** The locale's abbreviation of the zone (CET, CEST, EST), unless it is only an offset such as GMT+3. */
function zoneAbbreviation(epochMs: number, timeZone: string, locale: string): string | null {
	const name = formatter(locale, { timeZone, timeZoneName: 'short' })
		.formatToParts(new Date(epochMs))
		.find((part) => part.type === 'timeZoneName')?.value;
	if (!name || /^(GMT|UTC)[+\-\u2212]\d/.test(name)) return null;
	return name;
}

/** "Vienna, CET, UTC+01:00"; "UTC+00:00" for UTC itself. */
export function formatZoneLabel(
	instantIso: string,
	timeZone: string = DEFAULT_TIME_ZONE,
	locale: string = DEFAULT_LOCALE,
	withCity = true
): string {
	const epochMs = requireInstant(instantIso);
	const zone = canonicalTimeZone(timeZone);
	const offset = formatUtcOffset(utcOffsetMinutes(epochMs, zone));
	const city = withCity ? zoneCity(zone) : null;
	const abbreviation = UTC_ZONES.has(zone) ? null : zoneAbbreviation(epochMs, zone, locale);
	return [city, abbreviation, offset].filter((part): part is string => part !== null).join(', ');
}

/**
 * A deadline nobody can misread: the date with the weekday, the time on the 24-hour clock, and the
 * zone by city, abbreviation and UTC offset, e.g. "Friday, 14 November 2025, 12:00 (Vienna, CET,
 * UTC+01:00)" in en-GB. Throws RangeError for a string that is not an instant.
 */
export function formatDeadline(
	instantIso: string,
	timeZone: string = DEFAULT_TIME_ZONE,
	locale: string = DEFAULT_LOCALE
): string {
	const when = new Date(requireInstant(instantIso));
	const day = formatter(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
		when
	);
	const time = formatter(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(when);
	return `${day}, ${time} (${formatZoneLabel(instantIso, timeZone, locale)})`;
}

/** The calendar day of an instant in a zone, e.g. "12 March 2027". */
export function formatDay(
	instantIso: string,
	timeZone: string = DEFAULT_TIME_ZONE,
	locale: string = DEFAULT_LOCALE
): string {
	return formatter(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(
		new Date(requireInstant(instantIso))
	);
}

// ── Reading a deadline given on the wall clock ─────────────────────────────────────────────────

export type LocalDeadline =
	| {
			readonly ok: true;
			/** The instant, in UTC. */
			readonly instant: string;
			/** Set when the wall-clock time occurs twice (clocks going back) and says which was chosen. */
			readonly note: string | null;
	  }
	| { readonly ok: false; readonly reason: string };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** HH:MM of a wall-clock value held as "UTC milliseconds". */
function wallTime(wallMs: number): string {
	const date = new Date(wallMs);
	return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** The first instant (to the minute) in (from, to] where the zone's offset differs from its offset at `from`. */
function findTransition(from: number, to: number, timeZone: string): number {
	const before = utcOffsetMinutes(from, timeZone);
	let low = from;
	let high = to;
	while (high - low > MINUTE_MS) {
		const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
		if (utcOffsetMinutes(middle, timeZone) === before) low = middle;
		else high = middle;
	}
	return high;
}

/**
 * The instant at which the wall clock of `timeZone` shows `date` ('YYYY-MM-DD') and `time` ('HH:MM').
 *
 * Daylight-saving changes, defined here:
 * - a time that does not exist (clocks going forward, e.g. 02:30 on the last Sunday of March in
 *   Vienna) is refused: a deadline must be a time people can read on their clocks;
 * - a time that occurs twice (clocks going back, e.g. 02:30 on the last Sunday of October in Vienna)
 *   is the second, later occurrence: a State that read the first one is not cut short, and the
 *   silence ends no earlier than any reading of the announcement. A note says so.
 */
export function parseLocalDeadline(date: string, time: string, timeZone: string = DEFAULT_TIME_ZONE): LocalDeadline {
	const dateMatch = DATE_PATTERN.exec(date);
	const [year, month, day] = dateMatch ? (dateMatch.slice(1).map(Number) as [number, number, number]) : [0, 0, 0];
	if (!dateMatch || !isCalendarDate(year, month, day)) {
		return { ok: false, reason: `"${date}" is not a date; write it as YYYY-MM-DD, for example 2026-11-13.` };
	}
	const timeMatch = TIME_PATTERN.exec(time);
	if (!timeMatch) {
		return {
			ok: false,
			reason: `"${time}" is not a time of day; write it as HH:MM on the 24-hour clock, for example 12:00.`
		};
	}
	if (!isKnownTimeZone(timeZone)) return { ok: false, reason: `"${timeZone}" is not a known time zone.` };

	const wallMs = Date.UTC(year, month - 1, day, Number(timeMatch[1]), Number(timeMatch[2]));
	// Offsets never exceed ±14 h, so the offsets seen a day either side cover every reading.
	const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => utcOffsetMinutes(wallMs + shift, timeZone)));
	const instants = [...offsets]
		.map((offset) => wallMs - offset * MINUTE_MS)
		.filter((instant) => utcOffsetMinutes(instant, timeZone) * MINUTE_MS === wallMs - instant)
		.sort((a, b) => a - b);
	const dayInWords = formatDay(new Date(wallMs).toISOString(), 'UTC');
	const city = zoneCity(canonicalTimeZone(timeZone)) ?? timeZone;

	const chosen = instants[instants.length - 1];
	if (chosen === undefined) {
		const transition = findTransition(wallMs - DAY_MS, wallMs + DAY_MS, timeZone);
		const from = wallTime(transition + utcOffsetMinutes(transition - MINUTE_MS, timeZone) * MINUTE_MS);
		const to = wallTime(transition + utcOffsetMinutes(transition, timeZone) * MINUTE_MS);
		return {
			ok: false,
			reason: `There is no ${time} on ${dayInWords} in ${city}: the clocks go forward from ${from} to ${to}. Choose another time, for example ${to}.`
		};
	}
	if (instants.length === 1) return { ok: true, instant: new Date(chosen).toISOString(), note: null };

	const earlier = instants[0] as number;
	const transition = findTransition(earlier, chosen, timeZone);
	const from = wallTime(transition + utcOffsetMinutes(transition - MINUTE_MS, timeZone) * MINUTE_MS);
	const to = wallTime(transition + utcOffsetMinutes(transition, timeZone) * MINUTE_MS);
	const chosenIso = new Date(chosen).toISOString();
	return {
		ok: true,
		instant: chosenIso,
		note:
			`${time} occurs twice on ${dayInWords} in ${city}, because the clocks go back from ${from} to ${to}. ` +
			`The deadline is the second ${time} (${formatZoneLabel(chosenIso, timeZone, DEFAULT_LOCALE, false)}), so that no State is cut short.`
	};
}
