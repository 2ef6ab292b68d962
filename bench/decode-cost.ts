// npm run bench:decode: what decoding costs per search answer, in µs, for pages of 10 (a
// Development Mode app) and 50 (Extended Quota), tidy (the common case: one compiled check)
// and untidy (nulls and bad items to cut). Answers come from the spec's schemas, seeded.
import { mulberry32 } from 'spotify-emulator';
import { createDecoder } from '../src/spotify/upstream/spec/decode.js';
import { answer, untidy } from '../test/contract/payloads.js';
import { loadSpec } from '../scripts/spec/extract.js';

const spec = loadSpec();
const ROUNDS = Number(process.env.BENCH_DECODE_ROUNDS ?? 5000);

const compileStarted = performance.now();
const decoder = createDecoder();
const compileMs = performance.now() - compileStarted;

function searchAnswer(limit: number, seed: number, messy: boolean): string {
  const url = new URL(`http://x/v1/search?q=a&type=artist,album,track&limit=${limit}&offset=0`);
  const rng = mulberry32(seed);
  const { body } = answer(spec, { method: 'GET', template: '/search', url, pathIds: [], token: 'bench' }, rng);
  if (messy) untidy(body, rng);
  return JSON.stringify(body);
}

function microseconds(texts: string[]): number {
  // Parsing is the transport's cost, not the decoder's: parse first, time decode alone.
  const bodies = Array.from({ length: ROUNDS }, (_, i) => JSON.parse(texts[i % texts.length]));
  for (const body of bodies.slice(0, 200)) decoder.decode('search', structuredClone(body));
  // CPU time, not wall time: the figure then holds on cores shared with other work.
  const started = process.cpuUsage();
  for (const body of bodies) decoder.decode('search', body);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / ROUNDS;
}

console.log(`compile once at start-up: ${compileMs.toFixed(0)} ms`);
for (const limit of [10, 50]) {
  for (const messy of [false, true]) {
    const texts = Array.from({ length: 20 }, (_, i) => searchAnswer(limit, 1000 + i, messy));
    const items = JSON.parse(texts[0]);
    const count = Object.values<any>(items).reduce((n, page) => n + page.items.length, 0);
    console.log(`search, 3 kinds × ${limit} (${count} items in the first), ${messy ? 'untidy' : 'tidy'}: ${microseconds(texts).toFixed(1)} µs of CPU per answer`);
  }
}
