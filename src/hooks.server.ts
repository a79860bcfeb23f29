import { sequence } from '@sveltejs/kit/hooks';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getServices, startServices, stopServices } from '$lib/server/app';
import { validateSessionToken, SESSION_COOKIE } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { handleApi, isApiRequest } from '$lib/server/api/handle';

export const init: ServerInit = async () => {
	await startServices();
	// adapter-node emits this once the HTTP server has closed after SIGINT/SIGTERM.
	process.once('sveltekit:shutdown' as 'exit', () => void stopServices());
};

// Sets the interface language from the URL and writes it into <html lang>. The API answers in
// JSON, in English, whatever the prefix (the reroute hook maps /fr/api/v1/… to /api/v1/…), so it
// skips the middleware, which copies every request (0.18 ms of a search through the API, timed
// in the app under the search benchmark's queries).
const handleLanguage: Handle = ({ event, resolve }) => {
	if (isApiRequest(event)) return resolve(event);
	return paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
	});
};

const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.actor = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const { session, actor } = await validateSessionToken(getServices().db, token);
		if (session) {
			setSessionCookie(event.cookies, token, session.expiresAt);
			event.locals.actor = actor;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	if (event.locals.actor) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

// handleApi (rate limit, CORS preflight) comes last, so signed-in requests still get handleSession's
// private, no-store: their responses carry a refreshed session cookie that no cache may keep.
export const handle = sequence(handleLanguage, handleSession, handleApi);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'This page does not exist.' };
	const errorId = crypto.randomUUID();
	console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: 'Something went wrong on our side. The error has been logged.', errorId };
};
