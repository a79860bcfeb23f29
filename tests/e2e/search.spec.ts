import { expect, test } from '@playwright/test';
import { open, screenshots, signIn } from './helpers';

// Searching as people do: from the box in the header, with a typo, then refining on the results
// page as they type and tick filters, and sharing the address. Restricted lists stay with the
// participating States.

const summary = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /result/ });

test('a visitor searches from the header, refines as they type, filters by State and shares the address', async ({
	page,
	context
}) => {
	await open(page, '/glossary');
	await page.getByRole('search').first().getByRole('searchbox').fill('cyber secuirty');
	await page.getByRole('search').first().getByRole('button').click();

	await expect(page).toHaveURL(/\/search\?q=cyber\+secuirty/);
	await expect(summary(page)).toContainText('for “cyber secuirty”');
	// The typo still finds the British entry, with the matched words marked.
	const results = page.locator('ol.groups');
	await expect(results.getByText('cyber security', { exact: true }).first()).toBeVisible();
	await expect(results.locator('mark').first()).toBeVisible();

	// With JavaScript the results follow the box without pressing Enter; the address keeps the query.
	const box = page.getByLabel('Term or words of a definition, in any language');
	await box.fill('Sicherheitsvorfal');
	await expect(page).toHaveURL(/q=Sicherheitsvorfal(&|$)/);
	await expect(summary(page)).toContainText('for “Sicherheitsvorfal”');
	await expect(results.locator('.term', { hasText: 'Sicherheitsvorfall' }).first()).toBeVisible();
	await expect(box).toBeFocused();

	await box.fill('security incident');
	await expect(summary(page)).toContainText('for “security incident”');
	const filters = page.getByRole('complementary', { name: 'Filters' });
	await filters
		.getByRole('group', { name: 'State' })
		.getByLabel(/France/)
		.check();
	await expect(page).toHaveURL(/state=FR/);
	await expect(filters.getByText('Filters (active)')).toBeVisible();
	const entryLinks = results.locator('.entries .kind a');
	await expect(entryLinks.first()).toBeVisible();
	for (const text of await entryLinks.allTextContents()) expect(text).toMatch(/^France, \d{4}$/);

	// The address alone reproduces the results for someone else.
	const shared = page.url();
	const before = await summary(page).textContent();
	const other = await context.browser()!.newPage();
	await other.goto(shared);
	await expect(other.getByRole('status').filter({ hasText: /result/ })).toHaveText(before!);
	await expect(other.getByRole('group', { name: 'State' }).getByLabel(/France/)).toBeChecked();
	await other.close();

	await screenshots(page, 'search');
});

test('a search scoped to one concept lists every entry that matched in it, and leads back to all results', async ({
	page
}) => {
	await open(page, '/search?q=cybersecurity');
	const results = page.locator('ol.groups');
	const conceptLink = results.getByRole('link', { name: 'cybersecurity', exact: true });
	const conceptId = (await conceptLink.getAttribute('href'))!.split('/').pop();
	const all = await summary(page).textContent();

	await open(page, `/search?q=cybersecurity&concept=${conceptId}`);
	await expect(summary(page)).toHaveText('1 result for “cybersecurity”.');
	await expect(page.getByText('All national entries of one concept that match the search.')).toBeVisible();
	await expect(results.locator('.concept')).toHaveCount(1);
	expect(await results.locator('.entries > li').count()).toBeGreaterThan(1);
	// Filters apply within the concept.
	await page
		.getByRole('complementary', { name: 'Filters' })
		.getByRole('group', { name: 'State' })
		.getByLabel(/Germany/)
		.check();
	await expect(page).toHaveURL(/concept=\d+.*state=DE|state=DE.*concept=\d+/);
	await expect(results.locator('.entries > li')).toHaveCount(1);

	await page.getByRole('link', { name: 'Back to all results' }).click();
	await expect(page).not.toHaveURL(/concept=/);
	await page
		.getByRole('complementary', { name: 'Filters' })
		.getByRole('group', { name: 'State' })
		.getByLabel(/Germany/)
		.uncheck();
	await expect(summary(page)).toHaveText(all!);
});

test('restricted lists are found by a participating State, never by an anonymous visitor', async ({
	page,
	browser
}) => {
	// Kazakhstan's list is restricted; its Russian term is found from an inflected form.
	const query = '/search?q=критической+информационной+инфраструктуры';
	await open(page, query);
	await expect(summary(page)).toContainText('for “критической информационной инфраструктуры”');
	await expect(page.locator('ol.groups')).not.toContainText('критическая информационная инфраструктура');
	// Not even the facet counts tell that Kazakhstan has a matching entry.
	await expect(page.getByRole('complementary', { name: 'Filters' })).not.toContainText('Kazakhstan');

	const participant = await browser.newPage();
	await signIn(participant, 'delegate.fr@example.org');
	await open(participant, query);
	await expect(participant.locator('ol.groups')).toContainText('критическая информационная инфраструктура');
	await expect(participant.getByRole('group', { name: 'State' })).toContainText('Kazakhstan');
	await participant.close();
});
