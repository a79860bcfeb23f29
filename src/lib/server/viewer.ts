// What every page knows about the person looking at it, for the header and for showing or hiding
// actions. Decisions still happen in permissions.ts; this is only the summary for display.
import type { Db } from './db/connection';
import { canManageAccounts, canSeeRestricted, type Viewer } from './permissions';
import { hasDemoData } from './demo-data';
import { unreadCount } from './notifications/inbox';
import { roleNames } from '../domain/accounts';

export interface ViewerSummary {
	displayName: string;
	email: string;
	stateCode: string | null;
	stateName: string | null;
	roles: string[];
	isAdministrator: boolean;
	seesRestricted: boolean;
}

export interface LayoutContext {
	viewer: ViewerSummary | null;
	demoData: boolean;
	canAdminister: boolean;
	/** For the inbox link in the header. */
	unreadNotifications: number;
}

export async function layoutContext(db: Db, viewer: Viewer): Promise<LayoutContext> {
	const demoData = await hasDemoData(db);
	if (!viewer) return { viewer: null, demoData, canAdminister: false, unreadNotifications: 0 };
	const [state, unreadNotifications] = await Promise.all([
		viewer.stateCode
			? db.selectFrom('state').select('nameEn').where('code', '=', viewer.stateCode).executeTakeFirst()
			: undefined,
		unreadCount(db, viewer)
	]);
	return {
		viewer: {
			displayName: viewer.displayName,
			email: viewer.email,
			stateCode: viewer.stateCode,
			stateName: state?.nameEn ?? null,
			roles: roleNames(viewer),
			isAdministrator: viewer.isAdministrator,
			seesRestricted: canSeeRestricted(viewer)
		},
		demoData,
		canAdminister: canManageAccounts(viewer),
		unreadNotifications
	};
}
