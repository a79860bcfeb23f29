// The size limit of an import, in the words the refusal uses.
import type { ImportLimits } from '../import/types';

export function tooLargeMessage(limits: ImportLimits): string {
	return `The file is larger than ${formatBytes(limits.maxBytes)}, the most an import accepts.`;
}

/** "50 MB", "4 KB". */
function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${Math.round(bytes / (1024 * 1024))} MB`
		: `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
