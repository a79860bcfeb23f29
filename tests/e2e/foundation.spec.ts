import { expect, test } from '@playwright/test';
import { open, screenshots, signIn, signOut } from './helpers';

test.describe('home page', () => {
	test('explains the platform, labels the demo data and shows the public counts', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'ICT security terminology of the OSCE participating States'
		);
		await expect(page.getByRole('note')).toContainText('Demonstration data, not official submissions.');
		await expect(page.getByTestId('count-states')).toHaveText('4');
		await expect(page.getByTestId('count-entries')).toHaveText('17');
		await expect(page.getByTestId('count-concepts')).toHaveText('3');
		await expect(page.getByTestId('count-proposals')).toHaveText('1');
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const section of ['Glossary', 'National lists', 'Compare', 'Proposals', 'Search']) {
			await expect(nav.getByRole('link', { name: section, exact: true })).toBeVisible();
		}
		await screenshots(page, 'home-anonymous');
	});

	test('counts lists restricted to participating States for a signed-in user of a State', async ({ page }) => {
		await signIn(page, 'editor.de@example.org');
		await page.goto('/');
		await expect(page.getByTestId('count-states')).toHaveText('6');
		await expect(page.getByTestId('count-entries')).toHaveText('24');
	});
});

test.describe('signing in and out', () => {
	const accounts = [
		{ email: 'secretariat@example.org', name: 'Secretariat (demo)', state: null, roles: 'Administrator' },
		{ email: 'editor.de@example.org', name: 'Editor for Germany (demo)', state: 'Germany', roles: 'State editor' },
		{ email: 'delegate.fr@example.org', name: 'Delegate of France (demo)', state: 'France', roles: 'Delegate' },
		{
			email: 'expert.pl@example.org',
			name: 'Editor and delegate for Poland (demo)',
			state: 'Poland',
			roles: 'State editor, Delegate'
		}
	];

	for (const account of accounts) {
		test(`as ${account.roles.toLowerCase()} (${account.email})`, async ({ page }) => {
			await signIn(page, account.email);
			const header = page.getByRole('banner');
			await expect(header).toContainText(account.name);
			if (account.state) await expect(header).toContainText(account.state);
			await page.getByRole('link', { name: 'Account' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
			await expect(page.getByRole('main')).toContainText(account.roles);
			await expect(page.getByRole('link', { name: 'Administration' })).toHaveCount(
				account.roles === 'Administrator' ? 1 : 0
			);
			await signOut(page);
			await page.goto('/account');
			await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
		});
	}

	test('a wrong password shows the problem and keeps the email address', async ({ page }) => {
		await open(page, '/sign-in');
		await page.getByLabel('Email address').fill('delegate.de@example.org');
		await page.getByLabel('Password').fill('not the password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('There is a problem');
		await expect(summary).toContainText('The email address or the password is not correct.');
		await expect(page.getByLabel('Email address')).toHaveValue('delegate.de@example.org');
		await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
		await screenshots(page, 'sign-in-error');
	});

	test('an empty form names each missing field next to it', async ({ page }) => {
		await open(page, '/sign-in');
		// Skip the browser's own "required" check to see what the server says.
		await page.locator('form:not([role=search])').evaluate((form) => form.setAttribute('novalidate', ''));
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.locator('#field-email-error')).toHaveText(/Enter your email address\./);
		await expect(page.locator('#field-password-error')).toHaveText(/Enter your password\./);
		await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
	});

	test('returns to the page the user came from', async ({ page }) => {
		await open(page, '/glossary');
		await page.getByRole('link', { name: 'Sign in' }).click();
		await page.getByLabel('Email address').fill('delegate.de@example.org');
		await page.getByLabel('Password').fill('demo-password-cbm9');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(/\/glossary$/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('signing in, changing nothing and signing out work with plain forms', async ({ page }) => {
		await signIn(page, 'delegate.de@example.org', undefined, { javaScript: false });
		await expect(page.getByRole('banner')).toContainText('Delegate of Germany (demo)');
		await signOut(page);
	});
});

test.describe('accounts', () => {
	test('the Secretariat creates an account with roles, and the new user signs in', async ({ page }) => {
		await signIn(page, 'secretariat@example.org');
		await page.getByRole('link', { name: 'Administration' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accounts');
		await page.getByRole('link', { name: 'Create an account' }).click();
		await page.getByLabel('Name').fill('Delegate of Austria');
		await page.getByLabel('Email address').fill('delegate.at@example.org');
		await page.getByLabel('State', { exact: true }).selectOption({ label: 'Austria' });
		await page.getByLabel('Delegate: speaks for their State in the working group').check();
		await page.getByLabel('Initial password').fill('short');
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page.locator('#field-password-error')).toContainText('at least 12 characters');
		await expect(page.getByLabel('Name')).toHaveValue('Delegate of Austria');
		await screenshots(page, 'admin-create-account-error');

		await page.getByLabel('Initial password').fill('austria passphrase 2026');
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page.getByRole('status')).toHaveText('The account for delegate.at@example.org has been created.');
		await expect(page.getByRole('row', { name: /Delegate of Austria/ })).toContainText('Austria');
		await screenshots(page, 'admin-accounts');
		await signOut(page);

		await signIn(page, 'delegate.at@example.org', 'austria passphrase 2026');
		await expect(page.getByRole('banner')).toContainText('Austria');
	});

	test('the administration pages are closed to everyone but the Secretariat', async ({ page }) => {
		await signIn(page, 'editor.de@example.org');
		const response = await page.goto('/admin/accounts');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('main')).toContainText('The administration pages are for the OSCE Secretariat.');
	});

	test('a user changes their password and signs in with the new one', async ({ page }) => {
		const changePassword = async (from: string, to: string) => {
			await open(page, '/account');
			await page.getByLabel('Current password').fill(from);
			await page.getByLabel('New password', { exact: true }).fill(to);
			await page.getByLabel('New password again').fill(to);
			await page.getByRole('button', { name: 'Change password' }).click();
			await expect(page.getByRole('status')).toContainText('Your password has been changed.');
		};
		await signIn(page, 'delegate.fr@example.org');
		await changePassword('demo-password-cbm9', 'new french passphrase');
		await screenshots(page, 'account');
		await signOut(page);
		await signIn(page, 'delegate.fr@example.org', 'new french passphrase');
		// Put the demo password back for the other tests.
		await changePassword('new french passphrase', 'demo-password-cbm9');
	});
});

test('GET /healthz reports the database and Meilisearch as JSON', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body).toMatchObject({ status: 'ok', database: { status: 'ok' }, search: { status: 'ok', version: '1.21.0' } });
});
