import { expect, test } from '@playwright/test';
import { open, screenshots, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

test('an expert compares the definitions of a concept: baseline, original texts, matrix', async ({ page }) => {
	await signIn(page, 'editor.de@example.org');
	await open(page, '/compare');
	await page.getByRole('link', { name: 'cybersecurity', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('cybersecurity');
	const cards = page.getByTestId('comparison-card');
	await expect(cards).toHaveCount(5);
	for (const state of ['France', 'Germany', 'Kazakhstan', 'Poland', 'United Kingdom']) {
		await expect(cards.filter({ hasText: state })).toHaveCount(1);
	}
	await expect(page.getByRole('heading', { name: 'Wording most texts share' })).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Germany 2025' })).toBeVisible();
	await screenshots(page, 'compare-shared');

	// A baseline: every other English text becomes a diff against Germany's.
	await page.getByLabel('Baseline').selectOption({ label: 'Germany, 2025' });
	await expect(page.locator('.notice')).toContainText('Germany, 2025');
	const poland = cards.filter({ hasText: 'Poland' });
	await expect(poland.locator('ins').first()).toBeVisible();
	await expect(poland.locator('del').first()).toBeVisible();
	await expect(poland).toContainText('% similar');
	await screenshots(page, 'compare-baseline');

	// The original texts, each in its language and script.
	await page.getByLabel('Original texts').check();
	await expect(cards.filter({ hasText: 'Kazakhstan' })).toContainText('Состояние защищённости информационных систем');
	await expect(cards.filter({ hasText: 'France' })).toContainText('Capacité des réseaux');
	await expect(page).toHaveURL(/text=original/);

	await open(page, '/compare/coverage');
	const row = page.getByRole('row', { name: /cybersecurity/ });
	await expect(row).toContainText('2025');
	await screenshots(page, 'compare-coverage');
});

test('an expert links an unmapped entry through a suggestion and finds it in the comparison', async ({ page }) => {
	await signIn(page, 'editor.de@example.org');
	await open(page, '/compare/unmapped');
	// First a new candidate concept from the French "cyberattaque"…
	await page.getByRole('link', { name: 'Link “cyberattaque” to a concept' }).click();
	await page.getByLabel('Working name').fill('cyber attack');
	await page.getByRole('button', { name: 'Create and link' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('cyber attack');

	// …then the British "cyber attack" is offered that concept first.
	await expect(async () => {
		await open(page, '/compare/unmapped');
		await page.getByRole('link', { name: 'Link “cyber attack” to a concept' }).click();
		await expect(page.getByRole('button', { name: 'Link to cyber attack' })).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	await screenshots(page, 'compare-suggestions');
	await page.getByRole('button', { name: 'Link to cyber attack' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('cyber attack');
	const cards = page.getByTestId('comparison-card');
	await expect(cards.filter({ hasText: 'United Kingdom' })).toHaveCount(1);
	await expect(cards.filter({ hasText: 'France' })).toHaveCount(1);
});

test('a delegate sees the comparison but cannot change the mapping', async ({ page }) => {
	await signIn(page, 'delegate.fr@example.org');
	await open(page, '/compare/1');
	await expect(page.getByTestId('comparison-card').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Unlink from this concept' })).toHaveCount(0);
	expect((await page.goto('/compare/unmapped'))?.status()).toBe(403);
});
