// The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site
// form posts), Secure outside development.
import type { Cookies } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { SESSION_COOKIE } from './session';

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: !dev, expires: expiresAt, path: '/' });
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: !dev, maxAge: 0, path: '/' });
}
