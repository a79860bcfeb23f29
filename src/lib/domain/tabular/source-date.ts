// Dates of legal acts as lists write them: 2019-06-07, 07.06.2019 (also "07.06.2019." as in Serbian
// and Croatian), 07/06/2019 (day first, as in most of the OSCE area). Anything else is refused with
// the reason, never guessed: a wrong date on a legal source is worse than none.

export type DateReading = { date: string } | { problem: string };

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const ACCEPTED_FORMS = 'write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY, e.g. 2019-06-07';

/** Reads a date cell; `problem` completes the sentence "“…” is not a date …". */
export function readSourceDate(text: string): DateReading {
	const value = text.trim();
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(value);
	if (match) return checkedDate(value, Number(match[1]), Number(match[2]), Number(match[3]), 'year-month-day');
	match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
	if (match) return checkedDate(value, Number(match[1]), Number(match[2]), Number(match[3]), 'year/month/day');
	match = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})\.?$/.exec(value);
	if (match) {
		const day = Number(match[1]);
		const month = Number(match[3]);
		const year = Number(match[4]);
		const order = match[2] === '.' ? 'day.month.year' : 'day/month/year';
		const reading = checkedDate(value, year, month, day, order);
		// 12/25/2020 is month first, as in the United States: say so rather than guess.
		if ('problem' in reading && month > 12 && day <= 12 && isPossibleDate(year, day, month)) {
			return {
				problem: `${reading.problem}; if it means ${month} ${MONTH_NAMES[day - 1]} ${year}, write ${isoDate(year, day, month)}`
			};
		}
		return reading;
	}
	if (/^\d{1,2}([./-])\d{1,2}\1\d{2}\.?$/.test(value)) {
		return {
			problem: `“${value}” is not a date that can be read safely: the year has only two digits; write the full year, e.g. 07.06.2019`
		};
	}
	if (/^\d{5}(\.\d+)?$/.test(value)) {
		return {
			problem: `“${value}” is a spreadsheet date number, not a date; format the column as a date or ${ACCEPTED_FORMS}`
		};
	}
	return { problem: `“${value}” is not a date; ${ACCEPTED_FORMS}` };
}

function checkedDate(value: string, year: number, month: number, day: number, order: string): DateReading {
	if (month < 1 || month > 12) {
		return { problem: `“${value}” is not a date in the order ${order}: there is no month ${month}` };
	}
	if (!isPossibleDate(year, month, day)) {
		return { problem: `“${value}” is not a possible date: there is no ${day} ${MONTH_NAMES[month - 1]} ${year}` };
	}
	return { date: isoDate(year, month, day) };
}

function isPossibleDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	// Day 0 of the next month is the last day of this one.
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
