/**
 * Matching mentors and mentees (stage 5.1): the public face of src/domain/matching/.
 * matchParticipants(mentors, mentees, options) → pairs and groups with scores and Russian explanations.
 */
export { matchParticipants } from './matching/match';
export {
  DEFAULT_WEIGHTS,
  DEFAULT_EXPERIENCE_GAP_YEARS,
  SCORE_KEYS,
  SCORE_LABELS,
  categoryFactor,
  explainParts,
  resolveWeights,
  scorePair,
} from './matching/score';
export { DEFAULT_CANDIDATES_PER_MENTEE, FULL_GRAPH_LIMIT, effectiveCapacity } from './matching/prepare';
export { SUBJECT_AREAS, subjectArea } from './matching/subjects';
export { solveAssignment } from './matching/flow';
export type { AssignmentProblem } from './matching/flow';
export type * from './matching/types';
