import type { RequestHandler } from './$types';

// Public pages may be indexed; working pages (accounts, editing, imports, administration) not.
export const GET: RequestHandler = ({ url }) => {
	const body = [
		'User-agent: *',
		'Disallow: /admin/',
		'Disallow: /account',
		'Disallow: /sign-in',
		'Disallow: /inbox',
		'Disallow: /feeds/',
		'Disallow: /*/edit',
		'Disallow: /*/import',
		'Disallow: /api/',
		'',
		`Sitemap: ${url.origin}/sitemap.xml`,
		''
	].join('\n');
	return new Response(body, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' }
	});
};
