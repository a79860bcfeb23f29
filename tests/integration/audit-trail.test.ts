import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { auditActions, auditTrailCsv, auditTrailPage, parseAuditFilter } from '../../src/lib/server/audit-trail';
import { createSubmission, updateSubmissionSettings } from '../../src/lib/server/national-lists/editing';
import { ForbiddenError, ValidationError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';

const { db } = await createTestDatabase();
await db
	.insertInto('exchangeCycle')
	.values({ year: 2026, submissionDeadline: null, isOpen: 1, note: null, createdAt: new Date().toISOString() })
	.execute();
const secretariat = await givenAccount(db, { isAdministrator: true });
const editorDe = await givenAccount(db, { isStateEditor: true, stateCode: 'DE' });
const editorFr = await givenAccount(db, { isStateEditor: true, stateCode: 'FR' });
// A name a spreadsheet would run as a formula, to see that the download guards it.
await db
	.updateTable('user')
	.set({ displayName: '=HYPERLINK("https://evil.example","Editor")' })
	.where('id', '=', editorFr.id)
	.execute();
const de = await createSubmission(db, editorDe, {
	stateCode: 'DE',
	cycleYear: 2026,
	distribution: 'restricted',
	documentReference: null
});
await updateSubmissionSettings(db, editorDe, de, { distribution: 'public', documentReference: 'PC.DEL/12/26' });
await createSubmission(db, editorFr, {
	stateCode: 'FR',
	cycleYear: 2026,
	distribution: 'public',
	documentReference: null
});

const all = parseAuditFilter(new URLSearchParams());

async function csvOf(query: string): Promise<string> {
	let text = '';
	for await (const piece of auditTrailCsv(db, secretariat, parseAuditFilter(new URLSearchParams(query)))) text += piece;
	return text;
}

describe('the audit trail', () => {
	it('lists every change newest first, with who made it', async () => {
		const { events } = await auditTrailPage(db, secretariat, all, null);
		const lists = events.filter((event) => event.action.startsWith('submission.'));
		expect(lists.map((event) => [event.action, event.stateCode, event.actor])).toEqual([
			['submission.create', 'FR', '=HYPERLINK("https://evil.example","Editor")'],
			['submission.update_settings', 'DE', editorDe.displayName],
			['submission.create', 'DE', editorDe.displayName]
		]);
		expect(JSON.parse(lists[1]!.after!)).toEqual({ distribution: 'public', documentReference: 'PC.DEL/12/26' });
		expect(await auditActions(db, secretariat)).toEqual(
			expect.arrayContaining(['submission.create', 'submission.update_settings'])
		);
	});

	it('filters by a kind of action, one action, a State and a period', async () => {
		const actions = async (query: string) =>
			(await auditTrailPage(db, secretariat, parseAuditFilter(new URLSearchParams(query)), null)).events.map(
				(event) => `${event.action} ${event.stateCode}`
			);
		expect(await actions('action=submission.&state=de')).toEqual([
			'submission.update_settings DE',
			'submission.create DE'
		]);
		expect(await actions('action=submission.create')).toEqual(['submission.create FR', 'submission.create DE']);
		const today = new Date().toISOString().slice(0, 10);
		expect(await actions(`action=submission.&from=${today}&to=${today}`)).toHaveLength(3);
		expect(await actions('action=submission.&to=2000-01-01')).toEqual([]);
	});

	it('names a filter it cannot read by its field', () => {
		expect(() => parseAuditFilter(new URLSearchParams('from=7 May&state=Germany'))).toThrow(ValidationError);
		try {
			parseAuditFilter(new URLSearchParams('from=7 May&state=Germany'));
		} catch (error) {
			expect((error as ValidationError).fieldErrors).toEqual({
				from: '“7 May” is not a day; write it as YYYY-MM-DD.',
				state: '“GERMANY” is not a State code; use two letters such as DE.'
			});
		}
	});

	it('downloads as CSV for Excel: BOM, CRLF, oldest first, formulas guarded and read back exactly', async () => {
		const text = await csvOf('action=submission.');
		expect(
			text.startsWith('\uFEFFEvent,Time (UTC),By,By (email),Action,Entity type,Entity ID,State,Before,After\r\n')
		).toBe(true);
		expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
		expect(text).not.toMatch(/[^\r]\n/);
		expect(text).toContain(`,"'=HYPERLINK(""https://evil.example"",""Editor"")",`);
		const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
		expect(rows.map((row) => `${row.Action} ${row.State}`)).toEqual([
			'submission.create DE',
			'submission.update_settings DE',
			'submission.create FR'
		]);
		expect(JSON.parse(rows[1]!.After!)).toEqual({ distribution: 'public', documentReference: 'PC.DEL/12/26' });
	});

	it('is for the Secretariat only', async () => {
		await expect(auditTrailPage(db, editorDe, all, null)).rejects.toThrow(ForbiddenError);
		await expect(auditTrailPage(db, null, all, null)).rejects.toThrow(ForbiddenError);
		await expect(auditTrailCsv(db, editorDe, all).next()).rejects.toThrow(ForbiddenError);
	});
});
