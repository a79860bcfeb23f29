// The parts of OpenAPI 3.1 and JSON Schema 2020-12 that our API description uses, typed, so that a
// misspelt keyword in openapi.ts is a compile error rather than a schema that silently allows anything.

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
	$ref?: string;
	title?: string;
	description?: string;
	type?: JsonType | readonly JsonType[];
	enum?: readonly (string | number | boolean | null)[];
	const?: string | number | boolean | null;
	format?: 'date-time' | 'date' | 'uri';
	pattern?: string;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	uniqueItems?: boolean;
	items?: JsonSchema;
	properties?: Readonly<Record<string, JsonSchema>>;
	required?: readonly string[];
	additionalProperties?: boolean | JsonSchema;
	oneOf?: readonly JsonSchema[];
	anyOf?: readonly JsonSchema[];
	default?: string | number | boolean;
	examples?: readonly unknown[];
}

export interface Reference {
	$ref: string;
}

export interface Parameter {
	name: string;
	in: 'query' | 'path' | 'header';
	description: string;
	required?: boolean;
	schema: JsonSchema;
	style?: 'form' | 'simple';
	explode?: boolean;
	example?: string | number | boolean;
}

export interface Header {
	description: string;
	required?: boolean;
	schema: JsonSchema;
}

export interface MediaType {
	schema: JsonSchema;
}

export interface Response {
	description: string;
	headers?: Readonly<Record<string, Header | Reference>>;
	content?: Readonly<Record<string, MediaType>>;
}

export interface Operation {
	operationId: string;
	summary: string;
	description?: string;
	tags?: readonly string[];
	parameters?: readonly (Parameter | Reference)[];
	responses: Readonly<Record<string, Response | Reference>>;
}

export interface PathItem {
	summary?: string;
	description?: string;
	get: Operation;
}

export interface OpenApiDocument {
	openapi: '3.1.1';
	jsonSchemaDialect: string;
	info: {
		title: string;
		version: string;
		summary?: string;
		description?: string;
		license?: { name: string; identifier?: string; url?: string };
	};
	servers: readonly { url: string; description?: string }[];
	tags?: readonly { name: string; description?: string }[];
	paths: Readonly<Record<string, PathItem>>;
	components: {
		schemas: Readonly<Record<string, JsonSchema>>;
		parameters: Readonly<Record<string, Parameter>>;
		headers: Readonly<Record<string, Header>>;
		responses: Readonly<Record<string, Response>>;
	};
}
