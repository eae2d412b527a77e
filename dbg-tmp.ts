import { analyseCall, rank } from '/work/main/core/match/index.ts';
import { getSeedProfile } from '/work/main/core/profile/seeds.ts';
import { readCallsFile } from '/work/main/cli/read-calls.ts';
import { readFileSync } from 'node:fs';
const calls = readCallsFile('/work/shared/eval/calls.jsonl');
const labels = new Map(readFileSync('/work/shared/eval/labels.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).map(l=>[l.id,l]));
const body = process.argv[2];
const r = rank(calls.map(analyseCall), getSeedProfile(body)!);
console.log(r.map((x,i)=>`${i+1}.${x.call.id}(${labels.get(x.call.id)[body]}):${x.match.score}${x.match.blockers.length?'X':''}`).join(' '));
