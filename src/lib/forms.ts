// Progressive enhancement of forms beyond SvelteKit's defaults.
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For forms whose text is saved and then shown elsewhere on the page (a comment, a release): empties
 * the form and closes the <details> it sits in once the action succeeded. SvelteKit resets a form
 * after a "success" result only, and these actions redirect (so that reloading does not post again).
 */
export const clearAfterSaving: SubmitFunction = () => {
	return async ({ result, formElement, update }) => {
		if (result.type === 'redirect') {
			formElement.reset();
			formElement.closest('details')?.removeAttribute('open');
		}
		await update();
	};
};
