// There is no Docker engine in CI: the Dockerfile is read with a Dockerfile parser, and what can
// be run without one (the start command's shell, the files it copies) is run or looked up here.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/processes.js';

const dockerfile = DockerfileParser.parse(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const instructions = dockerfile.getInstructions();
const froms = dockerfile.getFROMs();
/** The instructions of the last stage: the image that runs. */
const runtime = instructions.filter((instruction) => instruction.getRange().start.line >= froms.at(-1)!.getRange().start.line);
const words = (instruction: Instruction) => instruction.getArguments().map((argument) => argument.getValue());
const last = (keyword: string) => runtime.filter((instruction) => instruction.getKeyword() === keyword).at(-1);

/** The environment the image starts with: its ENV lines. */
const imageEnv = Object.fromEntries(
  dockerfile
    .getENVs()
    .filter((env) => runtime.includes(env))
    .flatMap((env) => env.getProperties().map((property) => [property.getName(), property.getValue() ?? ''])),
);

/** The start command as the image runs it: exec form, a JSON array, as Docker reads it. */
function startCommand(): string[] {
  return JSON.parse(dockerfile.getCMDs().at(-1)!.getArgumentsContent()!) as string[];
}

describe('the Dockerfile', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'dockerfile-cmd-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('builds in one stage and runs in another, both on Node 24 slim', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from.getImage()).toBe('node:24-slim');
    const fromStages = dockerfile.getCOPYs().flatMap((copy) => (runtime.includes(copy) ? [copy.getFromFlag()?.getValue()] : []));
    // Everything the runtime copies from another stage comes from the build stage.
    expect(new Set(fromStages.filter(Boolean))).toEqual(new Set([froms[0].getBuildStage()]));
    expect(words(runtime.find((instruction) => instruction.getKeyword() === 'RUN' && words(instruction).includes('ci'))!)).toContain('--omit=dev');
  });

  it('runs as a user that is not root', () => {
    const user = last('USER');
    expect(user).toBeDefined();
    expect(words(user!)[0]).not.toMatch(/^(root|0)(:|$)/);
    // Nothing after it switches back.
    expect(runtime.filter((instruction) => instruction.getKeyword() === 'USER')).toHaveLength(1);
  });

  it('checks its health on /health', () => {
    const healthcheck = last('HEALTHCHECK');
    expect(healthcheck).toBeDefined();
    expect(words(healthcheck!)).toContain('CMD');
    expect(healthcheck!.getTextContent()).toContain('/health');
  });

  it("starts dist/server.js, which the build's outDir makes of src/server.ts", () => {
    const build = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.build.json'), 'utf8')) as { compilerOptions: { rootDir: string; outDir: string } };
    expect(startCommand().join(' ')).toContain(`${build.compilerOptions.outDir}/server.js`);
    expect(existsSync(join(repoRoot, build.compilerOptions.rootDir, 'server.ts'))).toBe(true);
  });

  it('sizes the heap from GATEWAY_MAX_HEAP_MB, with the same default as npm start', () => {
    const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const npmDefault = /\$\{GATEWAY_MAX_HEAP_MB:-(\d+)\}/.exec(scripts.start)?.[1];
    expect(npmDefault).toBeDefined();
    expect(imageEnv.GATEWAY_MAX_HEAP_MB).toBe(npmDefault);

    // The start command itself, run by this machine's shell with a probe in place of the server.
    const [shell, ...args] = startCommand();
    const probe = join(scratch, 'probe.cjs');
    writeFileSync(probe, "console.log(JSON.stringify({ argv: process.execArgv, mb: require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20 }))");
    const run = (env: Record<string, string>) => {
      const ran = spawnSync(shell, args.map((arg) => arg.replace('dist/server.js', probe)), {
        env: { PATH: process.env.PATH, ...imageEnv, ...env },
        encoding: 'utf8',
      });
      expect(ran.stderr).toBe('');
      return JSON.parse(ran.stdout) as { argv: string[]; mb: number };
    };
    // The young generation's bound too, the same as npm start's: unbounded, Node 24 grows it
    // until it no longer fits beside the old space, and every collection is then a full one.
    const semiSpace = /--max-semi-space-size=\d+/.exec(scripts.start)?.[0];
    expect(semiSpace).toBeDefined();
    // And the collection before listening that hands back what starting used (src/server.ts).
    expect(scripts.start).toContain('--expose-gc');
    const byDefault = run({});
    expect(byDefault.argv).toEqual([`--max-old-space-size=${npmDefault}`, semiSpace, '--expose-gc']);
    const sized = run({ GATEWAY_MAX_HEAP_MB: '96' });
    expect(sized.argv).toEqual(['--max-old-space-size=96', semiSpace, '--expose-gc']);
    // The limit V8 reports is the old space plus a young generation whose size depends on the
    // Node line, so it is the difference that tells the old space followed the variable.
    expect(byDefault.mb - sized.mb).toBe(Number(npmDefault) - 96);
  });

  it('copies files that exist, and the built web app the server serves at /', () => {
    const copied = dockerfile
      .getCOPYs()
      .filter((copy) => copy.getFromFlag() === null)
      .flatMap((copy) => words(copy).slice(0, -1));
    for (const path of copied) expect(existsSync(join(repoRoot, path)), path).toBe(true);
    const fromBuild = dockerfile
      .getCOPYs()
      .filter((copy) => copy.getFromFlag()?.getValue() === 'build')
      .flatMap((copy) => words(copy).slice(0, -1));
    expect(fromBuild).toEqual(['/app/dist', '/app/emulator/dist', '/app/examples/web/dist']);
    // The example client's manifest, which codegen writes and the repository keeps: with the web
    // app's, the default allow-list of persisted documents.
    expect(copied).toContain('examples/client/generated/persisted-documents.json');
  });
});
