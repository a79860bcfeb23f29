// A compact stand-in for a term when looking for duplicates: the index of terms seen grows with the
// file, so it keeps a 53-bit hash (cyrb53) per term instead of the text. Two different terms share
// a hash about once in 10^10 pairs; the warning then names both rows, so a person sees it.
import { foldWords } from './words';

export function termFingerprint(language: string, term: string): number {
	const text = `${language.toLowerCase()}\u0000${foldWords(term)}`;
	let first = 0xdeadbeef;
	let second = 0x41c6ce57;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 2654435761);
		second = Math.imul(second ^ code, 1597334677);
	}
	first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
	second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
	return 4294967296 * (2097151 & second) + (first >>> 0);
}
