/**
 * `npm run bench` (not part of the tests): the database layer on the emulator (bench/database.ts) and
 * matching (bench/matching.ts). Prints tables; `-- --json` prints one JSON object { database, matching }
 * instead; `-- --quick` skips the slow reference runs (exact solver on the district, whole region graph).
 */
import { runDatabaseBench } from './database';
import { matchingTable, runMatchingBench } from './matching';

process.env.TZ = 'Europe/Moscow';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');

const database = runDatabaseBench();
const matching = runMatchingBench({ quick });

if (json) {
  console.log(JSON.stringify({ database, matching }, null, 2));
} else {
  console.log('Database (emulator): service calls and Node ms');
  console.table(database);
  console.log('Matching: Node ms, total score, greedy baseline, exact optimum, sparsification loss');
  console.table(matchingTable(matching));
}
