import { describe, expect, it } from 'vitest';
import { compareLists, type ComparedEntry } from '../../src/lib/domain/list-changes';
import { languageVersion } from '../../src/lib/domain/national-entry';

function entry(entryId: number, term: string, definition: string, english?: [string, string]): ComparedEntry {
	return {
		entryId,
		content: {
			languageVersions: [
				languageVersion({ language: 'ru', term, definition, isOriginal: true }),
				...(english ? [languageVersion({ language: 'en', term: english[0], definition: english[1] })] : [])
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: null,
			note: null
		}
	};
}

describe('comparing two revisions of one list', () => {
	const before = [
		entry(1, 'кибербезопасность', 'Состояние защищённости информационных систем.'),
		entry(2, 'инцидент', 'Событие, нарушающее работу системы.'),
		entry(3, 'угроза', 'Возможность нарушения безопасности.')
	];
	const after = [
		entry(1, 'кибербезопасность', 'Состояние защищённости информационных систем и сетей.'),
		entry(3, 'угроза', 'Возможность нарушения безопасности.'),
		entry(4, 'уязвимость', 'Недостаток системы.')
	];
	const changes = compareLists(before, after, { sameSubmission: true });

	it('finds the added, withdrawn, changed and unchanged entries by identity', () => {
		expect(changes.added.map((item) => item.entryId)).toEqual([4]);
		expect(changes.withdrawn.map((item) => item.entryId)).toEqual([2]);
		expect(changes.changed.map((item) => item.after.entryId)).toEqual([1]);
		expect(changes.unchanged).toBe(1);
	});

	it('diffs changed definitions word by word, whole Cyrillic words included', () => {
		const definition = changes.changed[0]!.definition!;
		expect(definition.language).toBe('ru');
		expect(
			definition.segments.filter((segment) => segment.kind === 'added').map((segment) => segment.text.trim())
		).toEqual(['и сетей']);
		expect(definition.segments.filter((segment) => segment.kind === 'removed')).toEqual([]);
		expect(changes.changed[0]!.term).toBeNull();
	});
});

describe('comparing the lists of two cycles', () => {
	it('matches entries by their original term, whatever their identifiers', () => {
		const changes = compareLists(
			[entry(10, 'Cyberraum', 'Der virtuelle Raum.', ['cyberspace', 'The virtual space.'])],
			[
				entry(20, 'cyberraum', 'Der virtuelle Raum aller Systeme.', ['cyberspace', 'The virtual space of all systems.'])
			],
			{ sameSubmission: false }
		);
		expect(changes.added).toEqual([]);
		expect(changes.withdrawn).toEqual([]);
		expect(changes.changed).toHaveLength(1);
		expect(
			changes.changed[0]!.englishDefinition?.segments.filter((segment) => segment.kind === 'added').map(
				(segment) => segment.text
			)
		).toEqual([' of all systems']);
	});

	it('reports a change of source even when the texts are the same', () => {
		const a = entry(1, 'угроза', 'Возможность.');
		const b: ComparedEntry = { ...a, content: { ...a.content, sourceArticle: 'ст. 2' } };
		expect(compareLists([a], [b], { sameSubmission: true }).changed[0]?.otherChanges).toEqual(['article']);
	});
});
