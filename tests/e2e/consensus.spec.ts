// The consensus workflow end to end (issue 6): a delegate of State A (France) opens a proposal for a
// new concept; the delegate of B (Germany) comments; the Secretariat starts a silence; the delegate
// of C (Poland) objects and the silence breaks; A posts revision 2; B states a reservation; a second
// silence with a deadline two minutes ahead passes and the concept is adopted, public in the
// glossary with its history. Along the way: errors by the field, the inbox and the feeds, and a
// delegate of D (Germany) who cannot speak for E (Spain).
//
// The journey adds an agreed concept, which would change what the other specs count in the demo
// data, so it runs on an app of its own: same launcher and demo data, another port and data folder.
// Its silence deadlines are checked every second (DEADLINE_CHECK_INTERVAL_MS).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, open, screenshots, signIn } from './helpers';
import { startOwnApp, type OwnApp } from './own-app';

const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 2}`;

test.use({ baseURL });
test.describe.configure({ mode: 'serial' });

let app: OwnApp | null = null;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	app = await startOwnApp('consensus', 2, { DEADLINE_CHECK_INTERVAL_MS: '1000' });
});

test.afterAll(async () => {
	await app?.stop();
});

const TITLE = 'Add “cyber hygiene” to the consensus glossary';
const DEFINITION_1 =
	'The routine practices that users and organisations follow to keep their information systems secure.';
const DEFINITION_2 =
	'The routine practices that users and organisations follow to keep their information systems and data secure and resilient.';
const RESERVATION = 'Germany understands “organisations” to include public authorities at every level of government.';

let proposalId = 0;
let conceptId = 0;
let deadlineText = '';

const proposalPath = () => `/proposals/${proposalId}`;

/** The wall clock in Vienna at an instant, as the date and time fields take it. */
function viennaWallClock(instant: Date): { date: string; time: string } {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Vienna',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(instant);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)!.value;
	return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it stands (forms, errors and all). */
async function expectAccessible(page: Page) {
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
		)
	).toEqual([]);
}

async function statePosition(page: Page, stance: string, statement: string) {
	const form = page.locator('form[action="?/position"]');
	await form.getByLabel(stance, { exact: true }).check();
	await form.getByLabel('Statement').fill(statement);
	await form.getByRole('button', { name: /^State the position of/ }).click();
}

test('the delegate of France opens a proposal for a new concept, with errors shown by the field first', async ({
	page
}) => {
	await signIn(page, 'delegate.fr@example.org');
	await open(page, '/proposals');
	await expect(page.getByRole('table')).toContainText('Add "cyberspace" to the consensus glossary');
	await page.getByRole('link', { name: 'Open a proposal' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a proposal');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	// An amendment starts from the agreed text and offers the national entries linked to the concept.
	await page.getByLabel('Amendment', { exact: true }).check();
	await page.getByLabel('Concept', { exact: true }).selectOption({ label: 'cybersecurity' });
	await page.getByRole('button', { name: 'Use this kind and concept' }).click();
	await expect(page).toHaveURL(/kind=amendment&concept=\d+/);
	await expect(page.getByLabel('Definition (English)')).toHaveValue(/^The protection of networks, information systems/);
	expect(await page.locator('.citable input[type=checkbox]').count()).toBeGreaterThan(0);
	await page.getByLabel('New concept', { exact: true }).check();
	await page.getByLabel('Concept', { exact: true }).selectOption('');
	await page.getByRole('button', { name: 'Use this kind and concept' }).click();
	await expect(page.getByLabel('Definition (English)')).toHaveValue('');

	await page.getByRole('button', { name: 'Open the proposal' }).click();
	await expect(page.getByRole('alert')).toContainText('Give the proposal a title');
	await expect(page.locator('#field-title-error')).toContainText('Give the proposal a title');

	await page.getByLabel('Title').fill(TITLE);
	await page.getByRole('button', { name: 'Open the proposal' }).click();
	await expect(page.locator('[id="field-text.en.definition-error"]')).toContainText(
		'A revision needs the English text'
	);
	await expect(page.getByLabel('Title')).toHaveValue(TITLE);
	await expectAccessible(page);
	await screenshots(page, 'proposal-new-error');

	await page.getByLabel('Terms (English)').fill('cyber hygiene\ncyber-hygiene [admitted]');
	await page.getByLabel('Definition (English)').fill(DEFINITION_1);
	await page.locator('summary', { hasText: 'French' }).click();
	await page.getByLabel('Terms (French)').fill('cyberhygiène');
	await page
		.getByLabel('Definition (French)')
		.fill(
			'Les pratiques courantes que les utilisateurs et les organisations suivent pour maintenir la sécurité de leurs systèmes d’information.'
		);
	await page
		.getByLabel('Rationale (optional)')
		.fill('Several national strategies use the term; a shared definition helps the working group.');
	await page.getByRole('button', { name: 'Open the proposal' }).click();

	await expect(page).toHaveURL(/\/proposals\/\d+\?done=opened/);
	proposalId = Number(/\/proposals\/(\d+)/.exec(page.url())![1]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(page.getByRole('status')).toContainText('The proposal is open.');
	await expect(page.locator('.facts')).toContainText('Under discussion');
	await expect(page.getByTestId('language-en')).toContainText('cyber hygiene');
	await expect(page.getByTestId('language-en')).toContainText('cyber-hygiene Admitted');
	await expect(page.getByTestId('language-de')).toContainText('Pending');
	await expect(page.locator('#text')).toContainText('Pending: German, Italian, Russian, Spanish.');
	const conceptLink = page.locator('.facts').getByRole('link', { name: 'cyber hygiene' });
	conceptId = Number(/\/compare\/(\d+)/.exec((await conceptLink.getAttribute('href'))!)![1]);
	expect(conceptId).toBeGreaterThan(0);
	await screenshots(page, 'proposal-opened');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the delegate of Germany comments on revision 1, then corrects the comment', async ({ page }) => {
		await signIn(page, 'delegate.de@example.org', DEMO_PASSWORD, { javaScript: false });
		await open(page, proposalPath(), { javaScript: false });
		const form = page.locator('form.new-comment');
		await form.getByRole('button', { name: 'Post the comment' }).click();
		await expect(page.locator('#field-body-new-error')).toContainText('Write the comment before posting it.');

		await page
			.locator('form.new-comment')
			.getByLabel('Comment on revision 1')
			.fill('Germany would like the definition to mention data as well as systems');
		await page.locator('form.new-comment').getByRole('button', { name: 'Post the comment' }).click();
		await expect(page.getByRole('status')).toContainText('Your comment has been posted.');
		const comment = page.locator('article.comment').filter({ hasText: 'mention data as well as systems' });
		await expect(comment).toContainText('Delegate of Germany (demo)');
		await expect(comment).toContainText('(Germany)');

		await comment.locator('summary', { hasText: 'Edit' }).click();
		await comment
			.getByLabel('Your comment')
			.fill('Germany would like the definition to mention data as well as systems.');
		await comment.getByRole('button', { name: 'Save the comment' }).click();
		await expect(page.getByRole('status')).toContainText(
			'Your comment has been saved; its earlier text stays readable.'
		);
		const edited = page.locator('article.comment').filter({ hasText: 'as well as systems.' });
		await edited.locator('summary', { hasText: 'Earlier text (1)' }).click();
		await expect(edited.locator('.earlier')).toContainText(
			'Germany would like the definition to mention data as well as systems'
		);
		await expect(page.locator('#timeline')).toContainText(
			'Delegate of Germany (demo) (Germany) commented on revision 1.'
		);
		await screenshots(page, 'proposal-comments');
	});
});

test('the Secretariat puts revision 1 under silence, the deadline shown with its zone and offset', async ({ page }) => {
	await signIn(page, 'secretariat@example.org');
	await open(page, proposalPath());
	const form = page.locator('form.silence-form');
	await expect(form.getByLabel('Time zone')).toHaveValue('Europe/Vienna');
	await expect(form.getByLabel('Time', { exact: true })).toHaveValue('12:00');
	await expect(page.getByTestId('deadline-preview')).toContainText(/12:00 \(Vienna, CES?T, UTC\+0[12]:00\)/);
	await expectAccessible(page);
	await screenshots(page, 'proposal-silence-form');

	await form.getByRole('button', { name: 'Start the silence procedure' }).click();
	await expect(page.getByRole('status')).toContainText('Revision 1 is now under the silence procedure.');
	await expect(page.getByTestId('silence-deadline')).toHaveText(
		/^\w+day, \d{1,2} \w+ \d{4}, 12:00 \(Vienna, CES?T, UTC\+0[12]:00\)$/
	);
	await expect(page.locator('.facts')).toContainText('Under silence procedure');
	await expect(page.getByRole('button', { name: 'Cancel the silence procedure' })).toBeVisible();
	await screenshots(page, 'proposal-silence');
});

test('during the silence, the proposer is told why no new revision can be posted', async ({ page }) => {
	await signIn(page, 'delegate.fr@example.org');
	await open(page, proposalPath());
	await expect(page.getByRole('link', { name: 'Post revision 2' })).toHaveCount(0);
	await open(page, `${proposalPath()}/revisions/new`);
	await expect(page.getByTestId('revision-refusal')).toContainText(
		'A new revision cannot be posted during a silence procedure: the Secretariat must cancel the silence first.'
	);
	await expect(page.getByRole('button', { name: 'Post revision 2' })).toHaveCount(0);
	await screenshots(page, 'proposal-revision-refused');
});

test('the delegate of Poland objects: a reservation without a statement is refused by the field, the objection breaks the silence', async ({
	page
}) => {
	await signIn(page, 'expert.pl@example.org');
	await open(page, proposalPath());
	await expect(page.locator('form[action="?/position"]').getByRole('heading')).toHaveText('Position of Poland');

	await statePosition(page, 'Reservation', '');
	await expect(page.locator('#field-statement-error')).toContainText('A reservation needs an interpretive statement');
	await expect(page.getByLabel('Statement')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	await screenshots(page, 'proposal-position-error');

	await statePosition(
		page,
		'Objection',
		'Poland cannot accept a definition that leaves out the data the systems hold.'
	);
	await expect(page.getByRole('status')).toContainText('It broke the silence: the proposal is back under discussion');
	await expect(page.getByTestId('silence-broken')).toContainText('by the objection of Poland');
	await expect(page.locator('.facts')).toContainText('Under discussion');
	await expect(page.getByTestId('position-PL')).toContainText('Objection');
	await expect(page.locator('#timeline')).toContainText('The objection of Poland broke the silence on revision 1');
});

test('the broken silence reaches the inbox of the proposer, who answers the comment of Germany', async ({ page }) => {
	await signIn(page, 'delegate.fr@example.org');
	await open(page, '/inbox');
	const unread = page.locator('section', { has: page.getByRole('heading', { name: /^Unread/ }) });
	const broken = unread.getByTestId('notification').filter({ hasText: 'Silence broken' });
	await expect(broken).toContainText(`Poland objected to revision 1 of “${TITLE}”: the silence is broken`);
	// France opened the proposal after Germany commented, which read that notification.
	const read = page.locator('section', { has: page.getByRole('heading', { name: /^Read/ }) });
	await expect(read.getByTestId('notification').filter({ hasText: 'Comment' })).toContainText(
		'Delegate of Germany (demo) (Germany) commented'
	);
	const inboxLink = page.getByRole('banner').getByRole('link', { name: /^Inbox/ });
	await expect(inboxLink).toContainText(/\d+ unread/);
	await expectAccessible(page);
	await screenshots(page, 'inbox');

	await page.getByRole('button', { name: 'Mark all as read' }).click();
	await expect(page.getByRole('heading', { name: 'Unread (0)' })).toBeVisible();
	await expect(inboxLink).toHaveText('Inbox');
	await expect(page.getByRole('heading', { name: /^Read \(\d+\)$/ })).toBeVisible();

	// The comment is answered in its thread.
	await open(page, proposalPath());
	const comment = page.locator('article.comment').filter({ hasText: 'as well as systems.' }).first();
	await comment.locator('summary', { hasText: 'Reply' }).first().click();
	await comment.getByLabel('Your reply').fill('Revision 2 will cover data too.');
	await comment.getByRole('button', { name: 'Post the reply' }).click();
	await expect(page.getByRole('status')).toContainText('Your comment has been posted.');
	await expect(comment.locator('.replies article.comment')).toContainText('Revision 2 will cover data too.');
	await expect(comment.locator('.replies article.comment')).toContainText('Delegate of France (demo)');
});

test('France posts revision 2, and the page shows what changed', async ({ page }) => {
	await signIn(page, 'delegate.fr@example.org');
	await open(page, proposalPath());
	await page.getByRole('link', { name: 'Post revision 2' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post revision 2');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Definition (English)')).toHaveValue(DEFINITION_1);
	await expect(page.getByLabel('Terms (English)')).toHaveValue('cyber hygiene\ncyber-hygiene'); // admitted is the default after the first
	await page.getByLabel('Definition (English)').fill(DEFINITION_2);
	await page
		.getByLabel('Rationale (optional)')
		.fill('Data and resilience added, following the objection of Poland and the comment of Germany.');
	await expectAccessible(page);
	await screenshots(page, 'proposal-revision-form');
	await page.getByRole('button', { name: 'Post revision 2' }).click();

	await expect(page).toHaveURL(/text=changes/);
	await expect(page.getByRole('status')).toContainText('Revision 2 has been posted');
	const english = page.getByTestId('language-en');
	await expect(english).toContainText('Changed');
	await expect(english.locator('ins').first()).toContainText('and data');
	await expect(english.locator('ins', { hasText: 'resilient' })).toHaveCount(1);
	await expect(page.getByTestId('language-fr')).toContainText('Unchanged');
	await expect(page.locator('#positions')).toContainText('Positions on revision 2');
	await expect(page.getByTestId('position-PL')).toHaveCount(0);
	await screenshots(page, 'proposal-revision-diff');

	await page.getByRole('link', { name: 'Compare revisions' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare revisions');
	await expect(page.getByRole('status')).toContainText('1 language changed');
	await expectAccessible(page);
	await screenshots(page, 'proposal-compare');
});

test('the delegate of Germany states a reservation with an interpretive statement on revision 2', async ({ page }) => {
	await signIn(page, 'delegate.de@example.org');
	await open(page, proposalPath());
	await statePosition(page, 'Reservation', RESERVATION);
	await expect(page.getByRole('status')).toContainText('The position has been recorded.');
	await expect(page.getByTestId('position-DE')).toContainText('Reservation');
	await expect(page.getByTestId('position-DE')).toContainText(RESERVATION);
	await page.getByRole('link', { name: 'Reservation (1)' }).click();
	await expect(page).toHaveURL(/positions=reservation/);
	await expect(page.locator('table.positions tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('no-response')).toHaveCount(0);
	await screenshots(page, 'proposal-positions');
});

test('the Secretariat puts revision 2 under silence until the next full minute but one', async ({ page }) => {
	await signIn(page, 'secretariat@example.org');
	await open(page, proposalPath());
	// The fields take minutes, so the deadline is one to two minutes ahead.
	const deadline = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 2 * 60_000);
	const { date, time } = viennaWallClock(deadline);
	const form = page.locator('form.silence-form');
	await form.getByLabel('Date').fill(date);
	await form.getByLabel('Time', { exact: true }).fill(time);
	await expect(page.getByTestId('deadline-preview')).toContainText(`${time} (Vienna,`);
	await form.getByRole('button', { name: 'Start the silence procedure' }).click();
	await expect(page.getByRole('status')).toContainText('Revision 2 is now under the silence procedure.');
	deadlineText = (await page.getByTestId('silence-deadline').textContent())!;
	expect(deadlineText).toContain(`${time} (Vienna, CE`);
});

test('a delegate of Germany cannot state a position for Spain', async ({ page }) => {
	await signIn(page, 'delegate.de@example.org');
	await open(page, proposalPath());
	const form = page.locator('form[action="?/position"]');
	await expect(form.getByRole('heading')).toHaveText('Position of Germany');
	// The form speaks for the delegate's own State only: no control to choose another.
	await expect(form.locator('[name="stateCode"]')).toHaveAttribute('type', 'hidden');
	await expect(form.locator('[name="stateCode"]')).toHaveValue('DE');
	await expect(form.locator('select')).toHaveCount(0);

	const crafted = await page.request.post(`${proposalPath()}?/position`, {
		form: {
			stateCode: 'ES',
			revision: '2',
			stance: 'objection',
			statement: 'Written by someone who does not speak for Spain.'
		},
		headers: { origin: baseURL }
	});
	expect(crafted.status()).toBe(403);
	expect(await crafted.text()).toContain('Only a delegate of Spain may state its position.');
	await open(page, proposalPath());
	await expect(page.getByTestId('position-ES')).toHaveCount(0);
	await expect(page.locator('.facts')).toContainText('Under silence procedure');
});

test('the deadline passes without objection: the proposal is adopted with the reservation of Germany', async ({
	page
}) => {
	test.setTimeout(180_000);
	await open(page, proposalPath());
	await expect(async () => {
		await page.reload();
		await expect(page.getByTestId('adoption')).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 160_000, intervals: [2000] });
	const adoption = page.getByTestId('adoption');
	await expect(adoption).toContainText('Adopted by consensus');
	await expect(adoption).toContainText('version 1 of “cyber hygiene” in the consensus glossary');
	await expect(
		adoption.getByRole('heading', { name: 'Interpretive statements kept with the adopted text' })
	).toBeVisible();
	await expect(adoption.locator('dt')).toHaveText(['Germany']);
	await expect(adoption.locator('dd')).toHaveText([RESERVATION]);
	await expect(page.locator('.facts')).toContainText('Adopted');
	await expect(page.locator('#timeline')).toContainText(
		`The silence on revision 2 held: no State objected by ${deadlineText}.`
	);
	await expect(page.locator('form')).toHaveCount(1); // only the site search: nothing is left to do on an adopted proposal
	await expectAccessible(page);
	await screenshots(page, 'proposal-adopted');
});

test('an anonymous visitor finds the new concept in the public glossary, with its history, and in the public feed', async ({
	page
}) => {
	await open(page, `/glossary/${conceptId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('cyber hygiene');
	await expect(page.getByRole('main')).toContainText(DEFINITION_2);
	const history = page.locator('section', { has: page.getByRole('heading', { name: 'Version history' }) });
	await expect(history).toContainText('Version 1, adopted on');
	await expect(history.getByRole('link', { name: `from proposal ${proposalId}, revision 2` })).toHaveAttribute(
		'href',
		proposalPath()
	);
	// The interpretive statement of Germany is kept with the adopted text (and on the proposal page, above).
	await expect(page.getByRole('heading', { name: /Interpretive statements/ })).toBeVisible();
	await expect(page.getByRole('main')).toContainText(RESERVATION);
	await screenshots(page, 'glossary-adopted-concept');

	const feed = await page.request.get('/feeds/public.atom');
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
	const xml = await feed.text();
	expect(xml).toContain('<title type="text">Adopted: cyber hygiene (version 1)</title>');
	// Absolute addresses from the request's origin.
	expect(xml).toContain(`<link rel="alternate" href="${baseURL}/glossary/${conceptId}"/>`);
	expect(xml).toContain('Interpretive statements: Germany.');
});

test('the proposer gets a personal Atom feed, and a new address replaces the old', async ({ page }) => {
	await signIn(page, 'delegate.fr@example.org');
	await open(page, '/inbox');
	await expect(page.getByTestId('notification').filter({ hasText: 'Adopted' }).first()).toContainText(
		`“${TITLE}” is adopted`
	);
	await page.getByRole('button', { name: 'Create my feed address' }).click();
	const address = page.getByLabel('Feed address');
	await expect(address).toHaveValue(new RegExp(`^${baseURL}/feeds/[a-z0-9]{32}$`));
	const firstUrl = await address.inputValue();
	await screenshots(page, 'inbox-feed');

	const feed = await page.request.get(firstUrl);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
	expect(await feed.text()).toContain(`is adopted: no State objected to revision 2`);

	await page.getByRole('button', { name: 'Create a new feed address' }).click();
	await expect(address).not.toHaveValue(firstUrl);
	expect((await page.request.get(firstUrl)).status()).toBe(404);
	expect((await page.request.get(await address.inputValue())).status()).toBe(200);
});

test('the Secretariat publishes a release with the adopted concept', async ({ page }) => {
	await signIn(page, 'secretariat@example.org');
	await open(page, '/admin/releases');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Releases of the consensus glossary');
	await expect(page.getByRole('table')).toContainText('Consensus glossary, release 1 (demonstration)');
	await page.getByRole('button', { name: 'Publish release 2' }).click();
	await expect(page.locator('#field-title-error')).toContainText('Give the release a title');
	await expectAccessible(page);
	await screenshots(page, 'admin-releases-error');

	await page.getByLabel('Title').fill('Consensus glossary, release 2');
	await page.getByLabel('Notes (optional)').fill('Adds “cyber hygiene”.');
	await page.getByRole('button', { name: 'Publish release 2' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Release 2 is published: 1 added, 0 amended, 0 deprecated, 3 unchanged.'
	);
	await expect(page.getByRole('table')).toContainText('Consensus glossary, release 2');
	await screenshots(page, 'admin-releases');

	await open(page, '/proposals?status=adopted');
	await expect(page.getByRole('table')).toContainText(TITLE);
	await expect(page.getByRole('table')).not.toContainText('cyberspace');
	await expectAccessible(page);
	await screenshots(page, 'proposals-adopted');
});
