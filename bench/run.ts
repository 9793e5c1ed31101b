/**
 * `npm run bench` (not part of the tests): the database layer on the emulator (bench/database.ts), service
 * calls per document and per sidebar action (bench/calls.ts, with its calls-to-seconds assumption), matching
 * (bench/matching.ts) and matching against its best peer (bench/peer.ts). Prints tables; `-- --json` prints
 * one JSON object { callMs, database, documents, actions, matching, peer } instead; `-- --quick` skips the
 * slow reference runs (exact solver on the district, whole region graph).
 */
import { CALL_MS, runActionsBench, runDocumentsBench } from './calls';
import { runDatabaseBench } from './database';
import { matchingTable, runMatchingBench } from './matching';
import { peerTable, runPeerBench } from './peer';

process.env.TZ = 'Europe/Moscow';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');

const database = runDatabaseBench();
const documents = runDocumentsBench();
const actions = runActionsBench();
const matching = runMatchingBench({ quick });
const peer = runPeerBench({ repeats: quick ? 3 : 7 });

if (json) {
  console.log(JSON.stringify({ callMs: CALL_MS, database, documents, actions, matching, peer }, null, 2));
} else {
  console.log('Database (emulator): service calls and Node ms');
  console.table(database);
  console.log(
    `Documents (emulator): service calls per document; per 6-minute execution at ${CALL_MS} ms per call`,
  );
  console.table(documents);
  console.log(
    `Sidebar actions (emulator): calls of the action and of the overview reloaded after it, at ${CALL_MS} ms per call; builtCalls: the same click on dist/Code.js, builtFileReads: its reads of OnDemand.html and TemplateTexts.html`,
  );
  console.table(actions);
  console.log(
    'Matching, default path (what proposePairs runs): CPU ms, total score, greedy baseline, exact optimum, sparsification loss',
  );
  console.table(matchingTable(matching));
  console.log('Matching against linear-sum-assignment (Jonker–Volgenant) on the same matrix, CPU ms');
  console.table(peerTable(peer));
}
