import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-cbm9';

/**
 * Opens a page and, with JavaScript on, waits until its scripts have taken over the forms, so that
 * what the test types is not lost to hydration.
 */
export async function open(page: Page, path: string, options: { javaScript?: boolean } = {}): Promise<void> {
	await page.goto(path);
	if (options.javaScript !== false) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export async function signIn(
	page: Page,
	email: string,
	password = DEMO_PASSWORD,
	options: { javaScript?: boolean } = {}
): Promise<void> {
	await open(page, '/sign-in', options);
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** Saves full-page screenshots at a desktop and a phone width, for people to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
	for (const [label, width, height] of [
		['desktop', 1280, 900],
		['phone', 390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.screenshot({ path: `tests/e2e/.screenshots/${name}-${label}.png`, fullPage: true });
	}
	await page.setViewportSize({ width: 1280, height: 900 });
}
