// Checks a request the gateway sent against Spotify's OpenAPI description: the path and
// method exist, every query parameter is declared and within its schema's range, ids are
// Spotify ids and batches no longer than the parameter allows, and a write's JSON body is
// valid against its request schema. The spec states the Development Mode limits (search and
// artist-album pages of 10; several-items endpoints and top tracks deprecated); an Extended
// Quota app may ask for pages of 50. A deprecated write is a violation in either mode: each has
// a current replacement (follows go through /me/library).
import { Ajv } from 'ajv';
import type { AppMode } from '../../src/spotify/upstream/app-mode.js';

type Json = any;

const SPOTIFY_ID = /^[0-9A-Za-z]{22}$/;
/** Extended Quota Mode apps keep the pre-2026 page size of the endpoints the spec now caps at 10. */
const EXTENDED_PAGE = 50;

interface CheckedRequest {
  /** The spec's path template, when the path matched one. */
  template?: string;
  method?: string;
  violations: string[];
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  operation: Json;
}

function parameters(spec: Json, operation: Json): Json[] {
  return (operation.parameters ?? []).map((p: Json) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p));
}

function checkInteger(name: string, value: string, schema: Json, maximum: number | undefined, out: string[]): void {
  if (!/^-?\d+$/.test(value)) return void out.push(`${name}=${value} is not an integer`);
  const n = Number(value);
  if (schema.minimum !== undefined && n < schema.minimum) out.push(`${name}=${n} is below ${schema.minimum}`);
  if (maximum !== undefined && n > maximum) out.push(`${name}=${n} is above ${maximum}`);
}

const METHODS = ['get', 'put', 'post', 'delete'] as const;

/**
 * A checker of requests for an app of `mode`; `base` is the API's path prefix ("/v1"). `body`
 * is a write's body as sent (JSON text), if any.
 */
export function requestChecker(spec: Json, mode: AppMode, base = '/v1'): (method: string, url: URL, body?: string) => CheckedRequest {
  const operations: Operation[] = Object.entries<Json>(spec.paths).flatMap(([template, item]) => {
    const names: string[] = [];
    const source = template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]*)'));
    const pattern = new RegExp(`^${source}$`);
    return METHODS.filter((method) => item[method]).map((method) => ({ method: method.toUpperCase(), template, pattern, names, operation: item[method] }));
  });
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  ajv.addSchema({ $id: 'spec', components: spec.components });
  const bodySchema = (operation: Json) => {
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    return schema && JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/'));
  };

  return (method, url, body) => {
    const violations: string[] = [];
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
    const found = operations.map((op) => ({ op, match: op.method === method ? op.pattern.exec(path) : null })).find((m) => m.match);
    if (!found) return { violations: [`no ${method} ${path} in the spec`] };
    const { op, match } = found;
    if (op.operation.deprecated && method !== 'GET') violations.push(`${method} ${op.template} is deprecated`);
    else if (op.operation.deprecated && mode === 'development') violations.push(`${op.template} is not available to Development Mode apps`);
    if (method !== 'GET' && body) {
      const schema = bodySchema(op.operation);
      if (!schema) violations.push(`${method} ${op.template} takes no body`);
      else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          violations.push(`${method} ${op.template}: the body is not JSON`);
        }
        if (parsed !== undefined && !ajv.validate(schema, parsed)) violations.push(`${method} ${op.template}: the body ${ajv.errorsText(ajv.errors)}`);
      }
    }
    op.names.forEach((name, i) => {
      const value = decodeURIComponent(match![i + 1]);
      if (!SPOTIFY_ID.test(value)) violations.push(`path {${name}}="${value.slice(0, 40)}" is not a Spotify id`);
    });
    const declared = new Map<string, Json>(parameters(spec, op.operation).filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const key of url.searchParams.keys()) if (!declared.has(key)) violations.push(`${op.template} has no query parameter ${key}`);
    for (const [name, parameter] of declared) {
      const value = url.searchParams.get(name);
      if (value === null) {
        if (parameter.required) violations.push(`${op.template} needs ${name}`);
        continue;
      }
      const schema = parameter.schema ?? {};
      if (name === 'ids') {
        const ids = value.split(',');
        const max = Number(/Maximum: (\d+)/.exec(schema.description ?? '')?.[1] ?? Infinity);
        if (ids.length > max) violations.push(`${op.template} takes at most ${max} ids, got ${ids.length}`);
        for (const id of ids) if (!SPOTIFY_ID.test(id)) violations.push(`ids holds "${id.slice(0, 40)}", not a Spotify id`);
      } else if (schema.type === 'integer') {
        const capped = name === 'limit' && mode === 'extended' && schema.maximum === 10 ? EXTENDED_PAGE : schema.maximum;
        checkInteger(name, value, schema, capped, violations);
      } else if (schema.type === 'array') {
        for (const item of value.split(',')) if (schema.items?.enum && !schema.items.enum.includes(item)) violations.push(`${name} holds ${item}, not one of ${schema.items.enum}`);
      } else if (schema.enum && !schema.enum.includes(value)) {
        violations.push(`${name}=${value} is not one of ${schema.enum}`);
      }
    }
    return { method, template: op.template, violations };
  };
}
