import { expect, test, type Page } from '@playwright/test';
import { open, screenshots, signIn, signOut } from './helpers';

// One journey: the German editor builds the 2026 list (restricted) from a CSV file, corrects it in
// a second revision, and reads what changed; others are kept out.
test.describe.configure({ mode: 'serial' });

const HEADER = 'Begriff;Definition;Begriff (EN);Definition (EN);Fundstelle;Datum';
const rows = [
	'Informationssicherheitsmanagement;Planung und Steuerung der Informationssicherheit einer Organisation.;information security management;Planning and steering of the information security of an organisation.;Testgesetz;2024-01-15',
	'Notfallvorsorge;Maßnahmen zur Vorbereitung auf den Ausfall informationstechnischer Systeme.;emergency preparedness;Measures to prepare for the failure of information technology systems.;Testgesetz;2024-01-15',
	'Penetrationstest;Gezielter Angriff auf ein System, um seine Schwachstellen zu finden.;penetration test;A targeted attack on a system to find its vulnerabilities.;Testgesetz;2024-01-15'
];

async function uploadCsv(page: Page, name: string, lines: string[]) {
	await open(page, '/national-lists/DE/2026/import');
	await page
		.getByLabel('File', { exact: true })
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\n')}`, 'utf8') });
	await page.getByLabel('Language of the State’s own texts').fill('de');
	await page.getByRole('button', { name: 'Upload and preview' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Import of “${name}”`);
	await expect(page.getByText('Reading the file')).toHaveCount(0, { timeout: 15_000 });
}

test('an editor imports a CSV, fixes two bad rows, edits an entry, submits, and later sees what changed', async ({
	page
}) => {
	await signIn(page, 'editor.de@example.org');
	await open(page, '/national-lists/DE');
	await page.getByLabel('Exchange cycle').selectOption('2026');
	await page.getByRole('button', { name: 'Create list' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit the 2026 list of Germany');

	// Two bad rows: an empty original definition, and an impossible date.
	const bad = [...rows];
	bad[1] = bad[1]!.replace('Maßnahmen zur Vorbereitung auf den Ausfall informationstechnischer Systeme.', '');
	bad[2] = bad[2]!.replace('2024-01-15', '31.02.2024');
	await uploadCsv(page, 'liste-2026.csv', [HEADER, ...bad]);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This file cannot be imported yet');
	const problems = page.getByRole('table').filter({ hasText: 'Problem' });
	await expect(problems).toContainText('Row 3, B (Definition)');
	await expect(problems).toContainText('Row 4, F (Datum)');
	await screenshots(page, 'import-refused');
	await page.getByRole('button', { name: 'Discard this import' }).click();

	await uploadCsv(page, 'liste-2026-korrigiert.csv', [HEADER, ...rows]);
	await expect(page.getByTestId('entries-read')).toHaveText('3');
	await expect(page.getByText('3 new entries')).toBeVisible();
	await screenshots(page, 'import-preview');
	await page.getByRole('button', { name: 'Import 3 entries into the draft' }).click();
	await expect(page.getByRole('status')).toContainText('Imported into the draft of revision 1: 3 new');

	// Edit one entry, then submit.
	await page.getByRole('link', { name: 'Edit entry 2' }).click();
	await page
		.getByLabel('English definition')
		.fill('Measures to prepare for the failure of information technology systems and services.');
	await page.getByRole('button', { name: 'Save entry' }).click();
	await expect(page.getByRole('status')).toContainText('The entry has been saved in the draft.');
	await page.getByRole('button', { name: 'Submit revision 1' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Germany: national list 2026');
	await expect(page.getByText('1 (current)')).toBeVisible();

	// Revision 2 corrects a definition.
	await page.getByRole('link', { name: 'Correct this list (new revision)' }).click();
	await page.getByRole('button', { name: 'Start revision 2' }).click();
	await page.getByRole('link', { name: 'Edit entry 3' }).click();
	await page
		.locator('textarea[name="original.definition"]')
		.fill('Gezielter, genehmigter Angriff auf ein System, um seine Schwachstellen zu finden.');
	await page.getByRole('button', { name: 'Save entry' }).click();
	await page.getByLabel('What changed (optional)').fill('Penetrationstest: nur genehmigte Angriffe.');
	await page.getByRole('button', { name: 'Submit revision 2' }).click();
	await expect(page.getByText('2 (current)')).toBeVisible();

	await page.getByRole('link', { name: 'What changed in the last revision' }).click();
	await expect(page.getByRole('status')).toContainText('1 changed, 0 added, 0 withdrawn, 2 unchanged');
	await expect(page.locator('ins').first()).toContainText('genehmigter');
	await screenshots(page, 'list-changes');
});

test('an editor of another State cannot open the edit page', async ({ page }) => {
	await signIn(page, 'expert.pl@example.org');
	const response = await page.goto('/national-lists/DE/2026/edit');
	expect(response?.status()).toBe(403);
});

test('an anonymous visitor never sees the restricted list, in pages, search, exports or the API', async ({
	page,
	request
}) => {
	expect((await page.goto('/national-lists/DE/2026'))?.status()).toBe(404);
	await open(page, '/national-lists');
	await expect(page.getByRole('table')).not.toContainText('2026');
	expect((await request.get('/national-lists/DE/2026/export/tbx')).status()).toBe(404);
	const search = await (await request.get('/api/v1/search?q=Penetrationstest')).json();
	expect(search.total).toBe(0);
	await open(page, '/search?q=Notfallvorsorge');
	await expect(page.getByRole('status')).toContainText('No results');
	// Nor do the filters offer anything to narrow down: no value, not even a count of 0.
	await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox')).toHaveCount(0);
});

test('a signed-in user of another participating State reads the restricted list', async ({ page }) => {
	await signIn(page, 'delegate.fr@example.org');
	await open(page, '/national-lists/DE/2026');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Germany: national list 2026');
	await expect(page.getByText('Restricted to participating States')).toBeVisible();
	await signOut(page);
});
