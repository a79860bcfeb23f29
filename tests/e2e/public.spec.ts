import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { screenshots } from './helpers';

// Pages anyone can open, checked for accessibility (axe-core, WCAG 2.1 A and AA) in several
// interface languages, and crawled as an anonymous visitor to prove nothing restricted leaks.

const PUBLIC_PAGES = [
	'/',
	'/glossary',
	'/glossary/1',
	'/glossary/releases',
	'/glossary/releases/1',
	'/national-lists',
	'/national-lists/DE',
	'/national-lists/DE/2025',
	'/national-lists/CH/2025',
	'/search?q=cyber',
	'/compare',
	'/compare/1',
	'/compare/coverage',
	'/proposals',
	'/sign-in'
];

for (const locale of ['en', 'fr', 'ru']) {
	test(`public pages have no serious or critical accessibility violations (${locale})`, async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of PUBLIC_PAGES) {
			const url = locale === 'en' ? path : `/${locale}${path === '/' ? '' : path}`;
			const response = await page.goto(url);
			expect(response?.status(), url).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			const serious = results.violations.filter(
				(violation) => violation.impact === 'serious' || violation.impact === 'critical'
			);
			expect(
				serious.map(
					(violation) =>
						`${violation.id}: ${violation.help} (${violation.nodes
							.map((node) => node.target.join(' '))
							.slice(0, 3)
							.join('; ')})`
				),
				url
			).toEqual([]);
		}
	});
}

test('the glossary reads in French with English where a translation is pending', async ({ page }) => {
	await page.goto('/fr/glossary');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossaire consensuel');
	await expect(page.getByRole('link', { name: 'cybersécurité' })).toBeVisible();
	await page.goto('/fr/glossary/1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('cybersécurité');
	await expect(page.locator('link[rel=alternate][hreflang=ru]')).toHaveAttribute('href', /\/ru\/glossary\/1$/);
	await page.getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL(/\/ru\/glossary\/1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('кибербезопасность');
	await screenshots(page, 'concept-ru');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the public pages and the search work', async ({ page }) => {
		await page.goto('/glossary');
		await page.getByRole('link', { name: 'vulnerability' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('vulnerability');
		await page.goto('/search');
		await page.getByLabel('Term or words of a definition, in any language').fill('Sicherheitsvorfall');
		await page.getByRole('button', { name: 'Search', exact: true }).last().click();
		await expect(page.getByRole('status')).toContainText('for “Sicherheitsvorfall”');
	});
});
