// Timestamps are ISO 8601 strings in UTC, which sort and compare correctly as text in SQLite.
export function nowIso(): string {
	return new Date().toISOString();
}

export function isoAfter(milliseconds: number, from: Date = new Date()): string {
	return new Date(from.getTime() + milliseconds).toISOString();
}
