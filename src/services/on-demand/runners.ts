/**
 * The use cases a curator runs a few times a year — setting the programme up, proposing the pairs,
 * generating documents, computing the monitoring, closing the year — and only the code they alone need.
 *
 * Apps Script parses Code.js on every execution: each sidebar click, form answer, daily trigger and card.
 * The build puts this module, and every module that only it reaches, into dist/OnDemand.html instead, which
 * Apps Script reads only when asked (src/gas/on-demand.ts). Callers reach these functions through
 * `onDemand()` (load.ts), never by importing the modules below: one static import from a hot path would pull
 * the module back into Code.js (tests/bundle/on-demand.test.ts measures what stays out).
 */
export { closeYear } from '../year-close/close-year';
export { approveProposals, lockProposal, rejectProposal, swapMentee } from '../pairs/curate';
export { proposePairs } from '../pairs/propose';
export { decideMentors, scoreMentors } from '../pairs/selection';
export { addMaterial, recordTraining } from '../pairs/training';
export { runGeneration } from '../documents/generation-outcome';
export { regenerateChosenDocument } from '../documents/regenerate';
export { sendLettersToMentors, sendToDirector } from '../documents/send';
export { ensureTemplates } from '../documents/templates';
export { createOrUpdateForm } from '../forms/create';
export { importCuratorNotes } from '../forms/import';
export { summarizePrelim } from '../forms/summary';
export { withdrawPerson } from '../forms/withdraw';
export { inviteToSurvey } from '../monitoring/invite';
export { summarizeInterim } from '../monitoring/interim';
export { rewardChoice } from '../monitoring/ranking';
export { runMonitoring } from '../monitoring/run';
export { createSurveyForms } from '../monitoring/survey-forms-run';
export { buildNewsText, buildPublicResults } from '../publishing/results';
export { setupProgramme } from '../setup/setup-programme';
export { erasePersonalData, erasureLines } from '../year-close/erase';
export { destructionLinks, makeDestructionAct, makeDestructionLog } from '../year-close/destruction';
