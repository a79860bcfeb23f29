import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// The State picker of the Secretariat submits here (a GET form cannot build a path by itself).
export const load: PageServerLoad = async ({ url }) => {
	const state = url.searchParams.get('state') ?? '';
	if (!/^[A-Za-z]{2}$/.test(state)) error(400, 'Choose a State.');
	redirect(303, `/national-lists/${state.toUpperCase()}`);
};
