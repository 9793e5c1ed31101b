/**
 * `npm run bench` (not part of the tests): the database layer on the emulator (bench/database.ts),
 * matching (bench/matching.ts) and matching against its best peer (bench/peer.ts). Prints tables;
 * `-- --json` prints one JSON object { database, matching, peer } instead; `-- --quick` skips the slow reference runs (exact solver on the district, whole region graph).
 */
import { runDatabaseBench } from './database';
import { matchingTable, runMatchingBench } from './matching';
import { peerTable, runPeerBench } from './peer';

process.env.TZ = 'Europe/Moscow';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');

const database = runDatabaseBench();
const matching = runMatchingBench({ quick });
const peer = runPeerBench({ repeats: quick ? 3 : 7 });

if (json) {
  console.log(JSON.stringify({ database, matching, peer }, null, 2));
} else {
  console.log('Database (emulator): service calls and Node ms');
  console.table(database);
  console.log(
    'Matching, default path (what proposePairs runs): CPU ms, total score, greedy baseline, exact optimum, sparsification loss',
  );
  console.table(matchingTable(matching));
  console.log('Matching against linear-sum-assignment (Jonker–Volgenant) on the same matrix, CPU ms');
  console.table(peerTable(peer));
}
