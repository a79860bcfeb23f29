// Dates as people read them in OSCE documents: "20 May 2025", in UTC unless a time zone is given.
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '';
	const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
	return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
	if (!iso) return '';
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${dateTimeFormat.format(date)} UTC`;
}
