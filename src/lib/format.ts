// Dates as people read them in OSCE documents ("20 May 2025", "20 mai 2025"), in UTC unless a
// time zone is given. English uses the British form the OSCE writes in.
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, withTime: boolean): Intl.DateTimeFormat {
	const tag = locale === 'en' ? 'en-GB' : locale;
	const key = `${tag}|${withTime}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, {
			dateStyle: 'long',
			...(withTime ? { timeStyle: 'short' } : {}),
			timeZone: 'UTC'
		});
		cache.set(key, format);
	}
	return format;
}

export function formatDate(iso: string | null | undefined, locale = 'en'): string {
	if (!iso) return '';
	const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
	return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, false).format(date);
}

export function formatDateTime(iso: string | null | undefined, locale = 'en'): string {
	if (!iso) return '';
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${dateFormat(locale, true).format(date)} UTC`;
}
