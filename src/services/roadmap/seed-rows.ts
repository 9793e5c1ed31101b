import { ROADMAP_SEED, fillSchool, monthEnd, monthStart } from '../../domain/roadmap/seed';
import type { RoadmapRow } from '../../domain/schema/sheets';
import type { Settings } from '../../domain/settings';

/** The seed roadmap as rows of Дорожная карта, with deadlines in the settings' academic year. */
export function seedRoadmapRows(settings: Settings): RoadmapRow[] {
  const school = settings.schoolShort || 'школе';
  return ROADMAP_SEED.map((step) => ({
    id: step.code,
    stage: step.stage,
    title: fillSchool(step.title, school),
    content: step.content,
    dueFrom: step.from ? monthStart(step.from, settings.academicYearStart) : null,
    dueTo: monthEnd(step.to, settings.academicYearStart),
    responsible: fillSchool(step.responsible, school),
    override: null,
    evidence: null,
  }));
}
