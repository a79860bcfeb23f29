// Runs an API read and answers it: the result as JSON with its ETag, or the expected failures as
// JSON errors (a malformed parameter is 400, something that does not exist is 404). Anything else
// is a bug and goes on to handleError.
import { NotFoundError } from '../../domain/errors';
import { ApiParameterError } from './parameters';
import { apiError, apiJson, type JsonOptions } from './responses';

export async function answerJson(
	request: Request,
	read: () => Promise<unknown>,
	options: JsonOptions = {}
): Promise<Response> {
	try {
		return apiJson(request, await read(), options);
	} catch (caught) {
		if (caught instanceof ApiParameterError) return apiError(400, caught.message);
		if (caught instanceof NotFoundError) return apiError(404, caught.message);
		throw caught;
	}
}

/** For an id in the path that is not a number at all: it names nothing, like an unknown id. */
export function notFound(message: string): Response {
	return apiError(404, message);
}
