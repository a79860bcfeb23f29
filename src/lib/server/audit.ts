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
	await trx
		.insertInto('auditEvent')
		.values({
			occurredAt: nowIso(),
			actorId: record.actorId,
			action: record.action,
			entityType: record.entityType,
			entityId: String(record.entityId),
			stateCode: record.stateCode ?? null,
			beforeJson: record.before === undefined ? null : JSON.stringify(record.before),
			afterJson: record.after === undefined ? null : JSON.stringify(record.after)
		})
		.execute();
}
