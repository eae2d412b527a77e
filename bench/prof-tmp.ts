import { readCallsFile } from '../cli/read-calls.ts';
import { analyseCall } from '../core/match/index.ts';
const calls = readCallsFile('/tmp/c2k.jsonl', new Date('2026-11-20T06:00:00Z'));
const t = performance.now();
calls.map(analyseCall);
console.log('ms', performance.now() - t);
