// `npm run client` against nothing: it names the endpoint it tried (from --endpoint or
// GRAPHQL_ENDPOINT) and the likely cause, not fetch's bare "fetch failed".
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { execute } from '../../../examples/client/execute.js';
import { SearchArtistsDocument } from '../../../examples/client/generated/graphql.js';
import { freePort, repoRoot } from '../../helpers/processes.js';

const variables = { query: 'BTS', first: 1, after: null };

describe('the example client on failure', () => {
  it('names the endpoint and says nothing listens there', async () => {
    const endpoint = `http://127.0.0.1:${await freePort()}/graphql`;
    await expect(execute(endpoint, SearchArtistsDocument, variables)).rejects.toThrow(
      `no GraphQL answer from ${endpoint}: nothing listens there: start the gateway (\`npm start\`) or pass --endpoint / set GRAPHQL_ENDPOINT`,
    );
  });

  it('names an endpoint that answers something other than GraphQL', async () => {
    const server = createServer((_, response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}/nope`;
    try {
      await expect(execute(endpoint, SearchArtistsDocument, variables)).rejects.toThrow(
        `no GraphQL answer from ${endpoint}: it answered HTTP 404 with text/html, not a GraphQL result: is this the gateway's /graphql?`,
      );
    } finally {
      server.close();
    }
  });

  it('takes its endpoint from GRAPHQL_ENDPOINT, and --endpoint over it', async () => {
    const [fromEnv, fromFlag] = [`http://127.0.0.1:${await freePort()}/graphql`, `http://127.0.0.1:${await freePort()}/flag`];
    const run = (args: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'examples/client/search-cli.ts', ...args], {
          cwd: repoRoot,
          env: { ...process.env, GRAPHQL_ENDPOINT: fromEnv },
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.once('close', (code) => resolve({ code, output }));
      });
    const env = await run(['BTS']);
    expect(env.code).toBe(1);
    expect(env.output).toContain(`search failed: no GraphQL answer from ${fromEnv}: nothing listens there`);
    const flag = await run(['BTS', '--endpoint', fromFlag]);
    expect(flag.output).toContain(`no GraphQL answer from ${fromFlag}`);
  }, 60_000);
});
