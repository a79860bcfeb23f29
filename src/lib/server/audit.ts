// Every change to national entries, concepts, proposals, positions and accounts is recorded here,
// inside the transaction that makes the change, so the trail can never disagree with the data.
import type { Transaction } from 'kysely';
import type { Database } from './db/schema';
import { nowIso } from './clock';

export interface AuditRecord {
	actorId: string | null;
	action: string;
	entityType: string;
	entityId: string | number;
	stateCode?: string | null;
	before?: unknown;
	after?: unknown;
}

export async function recordAudit(trx: Transaction<Database>, record: AuditRecord): Promise<void> {
	await recordAudits(trx, [record]);
}

// Rows per INSERT when many events are recorded at once (an import records one per entry).
const EVENTS_PER_STATEMENT = 500;

export async function recordAudits(trx: Transaction<Database>, records: readonly AuditRecord[]): Promise<void> {
	const occurredAt = nowIso();
	for (let start = 0; start < records.length; start += EVENTS_PER_STATEMENT) {
		await trx
			.insertInto('auditEvent')
			.values(
				records.slice(start, start + EVENTS_PER_STATEMENT).map((record) => ({
					occurredAt,
					actorId: record.actorId,
					action: record.action,
					entityType: record.entityType,
					entityId: String(record.entityId),
					stateCode: record.stateCode ?? null,
					beforeJson: record.before === undefined ? null : JSON.stringify(record.before),
					afterJson: record.after === undefined ? null : JSON.stringify(record.after)
				}))
			)
			.execute();
	}
}
