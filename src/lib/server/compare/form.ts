// Reads the comparison controls from the URL: which text is compared, and against which baseline.
import type { ComparedText } from '../../domain/comparison';
import { parseBaseline, type BaselineChoice } from './comparison';

export function comparisonOptions(params: URLSearchParams): { text: ComparedText; baseline: BaselineChoice } {
	return {
		text: params.get('text') === 'original' ? 'original' : 'english',
		baseline: parseBaseline(params.get('baseline'))
	};
}
