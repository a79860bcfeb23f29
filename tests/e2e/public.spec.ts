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
			const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
			expect(
				serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`),
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

// Texts that exist only in lists restricted to participating States (demo data of Poland and
// Kazakhstan, and the restricted list the national-list journey creates).
const RESTRICTED_MARKERS = [
	'Stan ochrony systemów informacyjnych',
	'zespół reagowania na incydenty',
	'Obszar wymiany informacji',
	'критическая информационная инфраструктура',
	'Состояние защищённости информационных систем',
	'компьютерный инцидент',
	'Penetrationstest',
	'Notfallvorsorge'
];

test('an anonymous crawl of every public page, download and API listing finds nothing restricted', async ({ request }) => {
	test.setTimeout(240_000);
	const seeds = [
		...PUBLIC_PAGES,
		'/sitemap.xml',
		'/robots.txt',
		'/feeds/public.atom',
		'/api/v1/concepts',
		'/api/v1/releases',
		'/api/v1/national-entries?perPage=100',
		'/api/v1/search?q=',
		'/api/v1/search?q=кибербезопасность',
		'/api/v1/search?q=&state=PL&state=KZ',
		'/glossary/download/tbx',
		'/glossary/download/json'
	];
	const queue = [...seeds];
	const seen = new Set<string>();
	const origin = 'http://127.0.0.1';
	while (queue.length > 0 && seen.size < 600) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const response = await request.get(path, { maxRedirects: 0 });
		if (response.status() === 404 || response.status() >= 300) continue;
		const body = await response.text();
		for (const marker of RESTRICTED_MARKERS) expect(body.includes(marker), `"${marker}" leaked on ${path}`).toBe(false);
		const type = response.headers()['content-type'] ?? '';
		if (!type.includes('html') && !type.includes('xml')) continue;
		for (const match of body.matchAll(/(?:href|<loc>)=?"?([^"<\s]+)/g)) {
			const link = match[1]!.replace(/&amp;/g, '&');
			let url: URL;
			try {
				url = new URL(link, `${origin}${path}`);
			} catch {
				continue;
			}
			if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') continue;
			if (/^\/(sign-in|sign-out|account|admin|inbox|feeds\/(?!public))/.test(url.pathname)) continue;
			if (/\/(edit|import)(\/|$)/.test(url.pathname)) continue;
			queue.push(url.pathname + url.search);
		}
	}
	expect(seen.size).toBeGreaterThan(40);
});
