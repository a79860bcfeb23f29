// The audit trail as the Secretariat reads it: every recorded change, newest first, filtered by
// action, State and period, a page at a time, and as a CSV download of the whole filtered trail
// (written in pages, so a trail of a million events does not sit in memory).
import type { Db } from './db/connection';
import { csvRecords, CSV_BYTE_ORDER_MARK, type CsvCell } from '../domain/tabular/csv-writing';
import { ValidationError } from '../domain/errors';
import { canReadAuditTrail, ensure, type Viewer } from './permissions';

export interface AuditFilter {
	/** An action or the start of one: "submission." or "position.state". */
	action: string | null;
	stateCode: string | null;
	/** Days, YYYY-MM-DD, both included, in UTC. */
	from: string | null;
	to: string | null;
}

export interface AuditEventView {
	id: number;
	occurredAt: string;
	actor: string;
	actorEmail: string | null;
	action: string;
	entityType: string;
	entityId: string;
	stateCode: string | null;
	before: string | null;
	after: string | null;
}

const PAGE_SIZE = 100;
const CSV_PAGE_SIZE = 2000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter from the page's query; an unreadable day is an error by its field. */
export function parseAuditFilter(query: URLSearchParams): AuditFilter {
	const text = (name: string) => query.get(name)?.trim() || null;
	const filter: AuditFilter = {
		action: text('action'),
		stateCode: text('state')?.toUpperCase() ?? null,
		from: text('from'),
		to: text('to')
	};
	const errors: Record<string, string> = {};
	for (const field of ['from', 'to'] as const) {
		const day = filter[field];
		if (day && (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))))
			errors[field] = `“${day}” is not a day; write it as YYYY-MM-DD.`;
	}
	if (filter.stateCode && !/^[A-Z]{2}$/.test(filter.stateCode))
		errors.state = `“${filter.stateCode}” is not a State code; use two letters such as DE.`;
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);
	return filter;
}

function filtered(db: Db, filter: AuditFilter) {
	let query = db
		.selectFrom('auditEvent')
		.leftJoin('user', 'user.id', 'auditEvent.actorId')
		.select([
			'auditEvent.id',
			'auditEvent.occurredAt',
			'auditEvent.actorId',
			'user.displayName',
			'user.email',
			'auditEvent.action',
			'auditEvent.entityType',
			'auditEvent.entityId',
			'auditEvent.stateCode',
			'auditEvent.beforeJson',
			'auditEvent.afterJson'
		]);
	if (filter.action?.endsWith('.')) {
		// "submission." is every action of that kind: a range of the text, so no pattern to escape.
		query = query
			.where('auditEvent.action', '>=', filter.action)
			.where('auditEvent.action', '<', `${filter.action}\uffff`);
	} else if (filter.action) {
		query = query.where('auditEvent.action', '=', filter.action);
	}
	if (filter.stateCode) query = query.where('auditEvent.stateCode', '=', filter.stateCode);
	if (filter.from) query = query.where('auditEvent.occurredAt', '>=', `${filter.from}T00:00:00.000Z`);
	if (filter.to)
		query = query.where(
			'auditEvent.occurredAt',
			'<',
			new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000).toISOString()
		);
	return query;
}

type Row = Awaited<ReturnType<ReturnType<typeof filtered>['execute']>>[number];

function view(row: Row): AuditEventView {
	return {
		id: row.id,
		occurredAt: row.occurredAt,
		actor: row.actorId === null ? 'Command line (system)' : (row.displayName ?? `Deleted account ${row.actorId}`),
		actorEmail: row.email ?? null,
		action: row.action,
		entityType: row.entityType,
		entityId: row.entityId,
		stateCode: row.stateCode,
		before: row.beforeJson,
		after: row.afterJson
	};
}

/** One page of the trail, newest first; `before` continues from an event id of the previous page. */
export async function auditTrailPage(
	db: Db,
	viewer: Viewer,
	filter: AuditFilter,
	before: number | null
): Promise<{ events: AuditEventView[]; olderFrom: number | null }> {
	ensure(canReadAuditTrail(viewer), 'The audit trail is for the OSCE Secretariat.');
	let query = filtered(db, filter)
		.orderBy('auditEvent.id', 'desc')
		.limit(PAGE_SIZE + 1);
	if (before !== null) query = query.where('auditEvent.id', '<', before);
	const rows = await query.execute();
	const events = rows.slice(0, PAGE_SIZE).map(view);
	return { events, olderFrom: rows.length > PAGE_SIZE ? events.at(-1)!.id : null };
}

/** Every action the trail holds, for the filter. */
export async function auditActions(db: Db, viewer: Viewer): Promise<string[]> {
	ensure(canReadAuditTrail(viewer), 'The audit trail is for the OSCE Secretariat.');
	const rows = await db.selectFrom('auditEvent').select('action').distinct().orderBy('action').execute();
	return rows.map((row) => row.action);
}

const CSV_HEADER = [
	'Event',
	'Time (UTC)',
	'By',
	'By (email)',
	'Action',
	'Entity type',
	'Entity ID',
	'State',
	'Before',
	'After'
];

/** The whole filtered trail as CSV, oldest first, in pieces. */
export async function* auditTrailCsv(db: Db, viewer: Viewer, filter: AuditFilter): AsyncGenerator<string> {
	ensure(canReadAuditTrail(viewer), 'The audit trail is for the OSCE Secretariat.');
	yield CSV_BYTE_ORDER_MARK + csvRecords([CSV_HEADER]);
	let after = 0;
	for (;;) {
		const rows = await filtered(db, filter)
			.where('auditEvent.id', '>', after)
			.orderBy('auditEvent.id', 'asc')
			.limit(CSV_PAGE_SIZE)
			.execute();
		if (rows.length === 0) return;
		yield csvRecords(
			rows
				.map(view)
				.map((event): CsvCell[] => [
					event.id,
					event.occurredAt,
					event.actor,
					event.actorEmail,
					event.action,
					event.entityType,
					event.entityId,
					event.stateCode,
					event.before,
					event.after
				])
		);
		after = rows.at(-1)!.id;
	}
}
