import type { RoadmapWindows } from '../../domain/documents/deadlines';
import { isDate } from '../../domain/format/values';
import type { Settings } from '../../domain/settings';
import { openDatabase } from '../db/database';
import type { Ports } from '../ports';
import { seedRoadmapRows } from './seed-rows';

/** Each step's window from Дорожная карта as the curator keeps it (one read); the seed's before setup. */
export function readRoadmapWindows(ports: Ports, settings: Settings): RoadmapWindows {
  const stored = openDatabase(ports).roadmap.loadIfExists()?.rows ?? [];
  const rows = stored.length ? stored : seedRoadmapRows(settings);
  const out: Record<string, { from: Date | null; to: Date }> = {};
  for (const r of rows)
    if (isDate(r.dueTo)) out[String(r.id)] = { from: isDate(r.dueFrom) ? r.dueFrom : null, to: r.dueTo };
  return out;
}
