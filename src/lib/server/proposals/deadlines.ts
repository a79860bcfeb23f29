// Deadlines are enforced by the server, not by a page being open: the scheduler evaluates every
// silence whose deadline has passed, at start and then on an interval (and right after the next
// deadline). Each proposal is evaluated in its own IMMEDIATE transaction that re-loads its state, so
// running it twice, after a restart or in several processes at once records one outcome: whoever
// comes second finds the silence already ended and the rules answer "nothing to do".
import type { Db } from '../db/connection';
import { persistDecision } from './persist';
import { loadProposalState } from './state';
import { decide } from '../../domain/consensus';

export interface DeadlineRun {
	/** Proposals adopted by this run (their silence held). */
	adopted: number[];
	/** Proposals whose silence this run found broken by a standing objection. */
	broken: number[];
	/** Proposals whose outcome could not be recorded; they are tried again on the next run. */
	failed: { proposalId: number; error: string }[];
	/** The earliest deadline still to come, for scheduling the next run; null when no silence runs. */
	nextDeadlineAt: string | null;
}

async function dueProposals(db: Db, now: Date): Promise<number[]> {
	const rows = await db
		.selectFrom('silenceProcedure')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'silenceProcedure.revisionId')
		.innerJoin('proposal', 'proposal.id', 'proposalRevision.proposalId')
		.select('proposal.id')
		.distinct()
		.where('silenceProcedure.outcome', 'is', null)
		.where('silenceProcedure.deadlineAt', '<=', now.toISOString())
		.where('proposal.status', '=', 'silence')
		.orderBy('proposal.id')
		.execute();
	return rows.map((row) => row.id);
}

async function nextDeadline(db: Db, now: Date): Promise<string | null> {
	const row = await db
		.selectFrom('silenceProcedure')
		.select((eb) => eb.fn.min('deadlineAt').as('deadlineAt'))
		.where('outcome', 'is', null)
		.where('deadlineAt', '>', now.toISOString())
		.executeTakeFirst();
	return row?.deadlineAt ?? null;
}

/** Records the outcome of every silence whose deadline is at or before `now`. */
export async function evaluateDueDeadlines(db: Db, now: Date = new Date()): Promise<DeadlineRun> {
	const run: DeadlineRun = { adopted: [], broken: [], failed: [], nextDeadlineAt: null };
	for (const proposalId of await dueProposals(db, now)) {
		try {
			const outcome = await db.transaction().execute(async (trx) => {
				const loaded = await loadProposalState(trx, proposalId);
				const decision = decide(loaded.state, { type: 'evaluateDeadline' }, now);
				if (!decision.ok || decision.events.length === 0) return null; // another process got there first
				await persistDecision(trx, loaded, decision, { actorId: null });
				return decision.next.status;
			});
			if (outcome === 'adopted') run.adopted.push(proposalId);
			if (outcome === 'discussion') run.broken.push(proposalId);
		} catch (error) {
			run.failed.push({ proposalId, error: error instanceof Error ? error.message : String(error) });
		}
	}
	run.nextDeadlineAt = await nextDeadline(db, now);
	return run;
}

export interface DeadlineScheduler {
	stop(): Promise<void>;
}

export interface DeadlineSchedulerOptions {
	/** The clock; tests pass a later one to let deadlines pass. */
	now?: () => Date;
	/** Where outcomes and failures are reported; the console by default. */
	log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

/** How soon after a deadline the scheduler looks, so it does not wake a moment too early. */
const AFTER_DEADLINE_MS = 250;
/** setTimeout cannot wait longer than about 24.8 days. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;

/**
 * Evaluates due deadlines now, then every `intervalMs`, and also just after the next deadline when
 * that comes sooner, so a silence ends on time even with a long interval.
 */
export function startDeadlineScheduler(
	db: Db,
	intervalMs = 60_000,
	options: DeadlineSchedulerOptions = {}
): DeadlineScheduler {
	const clock = options.now ?? (() => new Date());
	const log = options.log ?? console;
	let stopped = false;
	let timer: NodeJS.Timeout | null = null;
	let running: Promise<unknown> = Promise.resolve();
	const reported = new Map<number, string>();

	const tick = () => {
		if (stopped) return;
		let wait = intervalMs;
		running = evaluateDueDeadlines(db, clock())
			.then((run) => {
				for (const proposalId of run.adopted)
					log.info(`Consensus: proposal ${proposalId} is adopted; its silence procedure held.`);
				for (const proposalId of run.broken)
					log.info(`Consensus: the silence on proposal ${proposalId} was broken by a standing objection.`);
				for (const { proposalId, error } of run.failed) {
					// A failure repeats on every run until someone acts; say it once, not every minute.
					if (reported.get(proposalId) !== error)
						log.error(`Consensus: the deadline of proposal ${proposalId} could not be recorded: ${error}`);
					reported.set(proposalId, error);
				}
				for (const proposalId of [...reported.keys()])
					if (!run.failed.some((failure) => failure.proposalId === proposalId)) reported.delete(proposalId);
				if (run.nextDeadlineAt)
					wait = Math.min(wait, Math.max(0, Date.parse(run.nextDeadlineAt) - clock().getTime()) + AFTER_DEADLINE_MS);
			})
			.catch((error: unknown) => log.error('Consensus: evaluating the silence deadlines failed', error))
			.finally(() => {
				if (!stopped) timer = setTimeout(tick, Math.min(wait, LONGEST_WAIT_MS));
			});
	};
	timer = setTimeout(tick, 0);
	return {
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			await running;
		}
	};
}
