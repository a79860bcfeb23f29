// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/server/permissions';
import type { Session } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Locals {
			actor: Actor | null;
			session: Session | null;
		}
	}
}

export {};
