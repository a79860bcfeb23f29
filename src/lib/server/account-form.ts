// Reads the account form of the administration pages.
import type { AccountInput } from '../domain/accounts';
import { checkboxField, textField } from './http';

export function accountInputFromForm(data: FormData): AccountInput & { disabled: boolean } {
	return {
		email: textField(data, 'email'),
		displayName: textField(data, 'displayName'),
		stateCode: textField(data, 'stateCode') || null,
		isAdministrator: checkboxField(data, 'isAdministrator'),
		isStateEditor: checkboxField(data, 'isStateEditor'),
		isDelegate: checkboxField(data, 'isDelegate'),
		disabled: checkboxField(data, 'disabled')
	};
}
