import { getServices } from '$lib/server/app';
import { layoutContext } from '$lib/server/viewer';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	return layoutContext(getServices().db, locals.actor);
};
