/**
 * Input and output shapes of matching (stage 5.1). Field names follow the keys of the Наставники and
 * Наставляемые columns (src/domain/schema/sheets.ts) where a column exists; lists are already split.
 */

/** A selected mentor, as the matcher sees one (see selection.ts: eligibleForMatching). */
export interface MentorCandidate {
  id: string;
  fullName: string;
  email?: string;
  subjects: readonly string[];
  experienceYears: number | null;
  category: string;
  /** Topics the mentor can help with: values from TOPICS, the same list as the mentees' requests. */
  competences: readonly string[];
  /** «Наставляемых, не более» from the questionnaire; capped by MatchOptions.capacityCap. */
  capacity: number | null;
  format: string;
  /** «Удобное время» (column key `time`), split into values from TIMES. */
  times: readonly string[];
}

export interface MenteeCandidate {
  id: string;
  fullName: string;
  email?: string;
  subjects: readonly string[];
  experienceYears: number | null;
  category: string;
  youngTeacher: boolean;
  /** Difficulties and requests: values from TOPICS. */
  requests: readonly string[];
  format: string;
  times: readonly string[];
}

/** Points each criterion is worth at most; a pair's score is the sum of the parts it earns. */
export interface Weights {
  /** Share of the mentee's requests that the mentor's competences cover. */
  requests: number;
  /** A subject both teach. */
  subject: number;
  /** No common subject, but the same subject area (e.g. физика and математика). Not added to `subject`. */
  subjectArea: number;
  /** Mentor's experience exceeds the mentee's: full at a gap of `experienceGapYears` or more. */
  experience: number;
  /** Mentor's qualification category: full for высшая (and педагог-методист / -наставник), half for первая. */
  category: number;
  /** Young teacher (молодой специалист) bonus: they are matched first when slots are short. */
  youngTeacher: number;
  /** Meeting formats compatible (смешанный fits both). */
  format: number;
  /** At least one convenient time in common. */
  time: number;
}

export type ScoreKey = keyof Weights;

export interface ScorePart {
  key: ScoreKey;
  /** Russian name of the criterion, e.g. «Запросы». */
  label: string;
  points: number;
  max: number;
  /** Russian fragment for the explanation, empty when the part earns nothing worth saying. */
  detail: string;
}

export interface PairScore {
  /** Sum of the parts, rounded to hundredths (the matcher optimises exactly these hundredths). */
  score: number;
  parts: ScorePart[];
}

export interface PairRef {
  mentorId: string;
  menteeId: string;
}

export interface MatchOptions {
  /** Overrides of DEFAULT_WEIGHTS. */
  weights?: Partial<Weights>;
  /** Upper bound on any mentor's capacity (from Настройки); no bound when absent. */
  capacityCap?: number;
  /** Only pairs that share a subject. */
  sameSubjectOnly?: boolean;
  /** Pairs the curator ruled out. */
  forbidden?: readonly PairRef[];
  /** Pairs the curator fixed: kept as they are and counted against the mentor's capacity. */
  locked?: readonly PairRef[];
  /**
   * Candidates kept per mentee (the best by score). Default 'auto': the whole graph up to
   * FULL_GRAPH_LIMIT pairs, the best DEFAULT_CANDIDATES_PER_MENTEE beyond. 0 or Infinity: the whole graph.
   */
  candidatesPerMentee?: number | 'auto';
  /**
   * 'coverage' (default): as many mentees matched as the rules allow, and among such assignments the
   * greatest total score. 'score': the greatest total score, even if a mentee stays without a mentor.
   */
  objective?: 'coverage' | 'score';
  /** Gap in years at which the experience part is full (default 5). */
  experienceGapYears?: number;
}

export interface MatchedPair extends PairScore {
  mentorId: string;
  menteeId: string;
  /** Russian: why this pair. */
  explanation: string;
  locked: boolean;
}

export interface MatchGroup {
  mentorId: string;
  menteeIds: string[];
  /** 'группа' when the mentor has more than one mentee. */
  kind: 'пара' | 'группа';
  score: number;
  explanation: string;
  pairs: MatchedPair[];
}

export interface Unmatched {
  menteeId: string;
  /** Russian reason. */
  reason: string;
}

export interface MatchResult {
  groups: MatchGroup[];
  unmatched: Unmatched[];
  totalScore: number;
  matchedCount: number;
  /** Russian notes on the input (unknown ids in locked pairs, capacity exceeded by locked pairs …). */
  warnings: string[];
  stats: {
    /** Allowed (mentor, mentee) pairs before sparsification. */
    allowedPairs: number;
    /** Pairs given to the solver. */
    edges: number;
    /** Candidates kept per mentee, or null for the whole graph. */
    candidatesPerMentee: number | null;
  };
}
