import { z } from 'zod';
import { components, routes, type Route, type RouteResponse } from './routes';

type Json = Record<string, unknown>;

const headerDocs: Record<string, Json> = {
  ETag: { description: 'The version, quoted: `"3"`.', schema: { type: 'string' } },
  Location: { description: 'Path of the created resource.', schema: { type: 'string' } },
};

/** Every named zod schema as JSON Schema 2020-12, cross-referenced through components. */
function componentSchemas(io: 'input' | 'output'): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(components)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Json;
    out[name] = rest;
  }
  return out;
}

function queryParameters(query: z.ZodObject): Json[] {
  const json = z.toJSONSchema(query, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'version' ? { type: 'integer', minimum: 1 } : { type: 'string' },
  }));
}

function response(r: RouteResponse): Json {
  const out: Json = { description: r.description };
  if (r.body) out.content = { 'application/json': { schema: { $ref: `#/components/schemas/${r.body}` } } };
  if (r.headers) out.headers = Object.fromEntries(r.headers.map((h) => [h, headerDocs[h]]));
  return out;
}

function operation(route: Route): Json {
  const parameters = [...pathParameters(route.path), ...(route.query ? queryParameters(route.query) : [])];
  if (route.ifMatch) {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The ETag of the version the edit started from.',
      schema: { type: 'string' },
    });
  }
  const responses: Record<string, Json> = {};
  const all: Record<number, RouteResponse> = {
    ...route.responses,
    500: { description: 'The server failed.', body: 'Error' },
    503: { description: 'The service is briefly unavailable; retry later.', body: 'Error' },
  };
  for (const status of Object.keys(all).map(Number).sort((a, b) => a - b)) responses[String(status)] = response(all[status]);
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.body}Input` } } } } }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas the client and the mocks
 * use. Request bodies refer to the input form of their schema (`<Name>Input`), answers to the output.
 */
export function buildOpenApi(): Json {
  const output = componentSchemas('output');
  const input = componentSchemas('input');
  const bodies = new Set(routes.flatMap((r) => (r.body ? [r.body] : [])));
  const schemas: Record<string, Json> = { ...output };
  for (const name of bodies) {
    // Input schemas refer to each other by their plain names; point them at the Input copies.
    schemas[`${name}Input`] = JSON.parse(
      JSON.stringify(input[name]).replace(/#\/components\/schemas\/(\w+)"/g, (_m, ref: string) =>
        `#/components/schemas/${ref}Input"`,
      ),
    );
  }
  // Every component an Input copy points at must exist too.
  let added = true;
  while (added) {
    added = false;
    for (const match of JSON.stringify(schemas).matchAll(/#\/components\/schemas\/(\w+)Input"/g)) {
      const name = match[1];
      if (!schemas[`${name}Input`] && input[name]) {
        schemas[`${name}Input`] = JSON.parse(
          JSON.stringify(input[name]).replace(/#\/components\/schemas\/(\w+)"/g, (_m, ref: string) => `#/components/schemas/${ref}Input"`),
        );
        added = true;
      }
    }
  }
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path][route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Journey designer API',
      version: '1.0.0',
      description:
        'The REST API the journey designer talks to. Errors share one shape: `{ "error": { "code", "message", "details"? } }`. Lists answer `{ "items", "nextCursor" }` (20 per page; `nextCursor` is null on the last page).',
    },
    servers: [{ url: '/api' }],
    tags: ['journeys', 'triggers', 'events', 'contacts', 'email-templates', 'settings'].map((name) => ({ name })),
    paths,
    components: { schemas },
  };
}
