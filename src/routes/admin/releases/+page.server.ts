import { redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { optionalField, runAction, textField } from '$lib/server/http';
import { listReleases } from '$lib/server/releases/read';
import { publishRelease } from '$lib/server/releases/publish';
import type { Actions, PageServerLoad } from './$types';

// The administration layout lets only the Secretariat in; publishRelease checks again.
export const load: PageServerLoad = async ({ url }) => {
	const published = url.searchParams.get('published');
	return {
		releases: await listReleases(getServices().db),
		published: published && /^\d+$/.test(published) ? Number(published) : null
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const values = { title: textField(data, 'title'), notes: textField(data, 'notes') };
		const outcome = await runAction(values, () =>
			publishRelease(getServices().db, locals.actor, { title: values.title, notes: optionalField(data, 'notes') })
		);
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/admin/releases?published=${outcome.result.number}`);
	}
};
