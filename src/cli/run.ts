// Runs a command-line task: a failure prints its message (not a stack trace) and exits non-zero.
export async function runCli(task: () => Promise<void>): Promise<void> {
	try {
		await task();
	} catch (error) {
		console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
		if (process.env.DEBUG) console.error(error);
		process.exitCode = 1;
	}
}
