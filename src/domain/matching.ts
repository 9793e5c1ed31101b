/**
 * Matching mentors and mentees (stage 5.1): the public face of src/domain/matching/.
 * matchParticipants(mentors, mentees, options) → pairs and groups with scores and Russian explanations.
 */
export { matchParticipants } from './matching/match';
export { DEFAULT_WEIGHTS, SCORE_KEYS, scorePair } from './matching/score';
export { DEFAULT_CANDIDATES_PER_MENTEE, effectiveCapacity } from './matching/prepare';
export { subjectArea } from './matching/subjects';
export type * from './matching/types';
