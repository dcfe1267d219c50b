// GET /openapi.json: OpenAPI 3.1 of a service, built from the shared schemas (docs/development.md#conventions).
import type { SchemaRegistry } from './schemas.js';

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/onderwijsaanbieders/{onderwijsaanbiedercode}`. */
  path: string;
  summary: string;
  /** Who may call it, in words (shown in the description). */
  wie: string;
  parameters?: Array<{ name: string; in: 'path' | 'query'; required?: boolean; description?: string; schema?: object }>;
  /** Schema name (file without .json) of the request body. */
  request?: string;
  /** Schema name of the success body, and its status (default 200). */
  response?: string;
  status?: number;
}

export interface ServiceInfo {
  title: string;
  versie: string;
  description: string;
}

// 503: ONDERHOUD (a storing, docs/storingen.md) or TE_DRUK (the body budget) can meet any operation.
const ERROR_STATUSES = ['400', '401', '403', '404', '409', '413', '500', '503'];

export function buildOpenApi(info: ServiceInfo, schemas: SchemaRegistry, operations: readonly OperationSpec[]): object {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const problem = {
      description: 'Problem met foutmeldingen',
      content: { 'application/problem+json': { schema: ref('problem') } },
    };
    const responses: Record<string, unknown> = {
      [String(op.status ?? 200)]: {
        description: 'OK',
        ...(op.response ? { content: { 'application/json': { schema: ref(op.response) } } } : {}),
      },
    };
    for (const s of ERROR_STATUSES) responses[s] = problem;
    const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({
      name: m[1]!,
      in: 'path' as const,
      required: true,
      schema: { type: 'string' },
    }));
    const declared = new Set((op.parameters ?? []).map((p) => p.name));
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      description: `Wie: ${op.wie}.`,
      parameters: [
        ...pathParams.filter((p) => !declared.has(p.name)),
        ...(op.parameters ?? []).map((p) => ({ schema: { type: 'string' }, ...p })),
      ],
      ...(op.request ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.request) } } } } : {}),
      responses,
    };
  }
  const components: Record<string, unknown> = {};
  for (const name of schemas.names()) components[name] = schemas.get(name);
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.versie, description: info.description },
    servers: [{ url: '/' }],
    security: [{ mtls: [] }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        mtls: { type: 'mutualTLS', description: 'Clientcertificaat van de simulatie-CA; OIN in subject serialNumber.' },
      },
    },
  };
}
