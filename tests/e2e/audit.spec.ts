// The Secretariat reads the audit trail (issue 15): filters it and downloads what matches as CSV.
import { expect, test } from '@playwright/test';
import { open, screenshots, signIn } from './helpers';

test('the Secretariat filters the audit trail and downloads it as CSV, without JavaScript too', async ({ browser }) => {
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await signIn(page, 'secretariat@example.org', undefined, { javaScript: javaScriptEnabled });
		await open(page, '/admin/audit', { javaScript: javaScriptEnabled });
		await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
		await page.getByLabel('Action').selectOption('submission.');
		await page.getByRole('button', { name: 'Show' }).click();
		await expect(page).toHaveURL(/action=submission\./);
		const rows = page.locator('tbody tr');
		await expect(rows.first()).toBeVisible();
		for (const action of await rows.locator('td:nth-child(3)').allInnerTexts()) expect(action).toMatch(/^submission\./);

		// A browser's date field sends only days; an address typed by hand may hold anything.
		await open(page, '/admin/audit?action=submission.&from=7%20May', { javaScript: javaScriptEnabled });
		await expect(page.getByRole('alert')).toContainText('“7 May” is not a day; write it as YYYY-MM-DD.');
		await expect(page.locator('#field-from-error')).toContainText('is not a day');
		await page.getByLabel('From (UTC)').fill('2020-01-01');
		await page.getByRole('button', { name: 'Show' }).click();
		await expect(rows.first()).toBeVisible();

		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download the matching events (CSV)' }).click();
		const file = await (await download).createReadStream();
		let text = '';
		for await (const chunk of file) text += chunk.toString();
		expect(
			text.startsWith('\uFEFFEvent,Time (UTC),By,By (email),Action,Entity type,Entity ID,State,Before,After\r\n')
		).toBe(true);
		expect(
			text
				.split('\r\n')
				.slice(1, -1)
				.every((line) => /^\d+,[^,]+,[^,]*,[^,]*,"?submission\./.test(line))
		).toBe(true);
		if (javaScriptEnabled) await screenshots(page, 'admin-audit');
		await context.close();
	}
});

test('nobody but the Secretariat reads it', async ({ page }) => {
	await signIn(page, 'editor.de@example.org');
	const response = await page.goto('/admin/audit');
	expect(response?.status()).toBe(403);
	expect((await page.request.get('/admin/audit/audit.csv')).status()).toBe(403);
});
