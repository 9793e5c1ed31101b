import type { StepView } from '../../api/types';
import { buildOverview } from '../overview/build-overview';
import type { Ports } from '../ports';

/** The curator's card in Sheets: the current step (domain/roadmap/current.ts) and what is still open up to it. */
export interface CuratorCardView {
  programme: string;
  current: Pick<StepView, 'code' | 'title' | 'due' | 'statusText' | 'next'> | null;
  /** Steps up to the current one that are not done yet, oldest first (the current one included). */
  open: Pick<StepView, 'code' | 'title' | 'next'>[];
}

const order = (code: string) => code.split('.').map(Number);
const notAfter = (a: string, b: string) => {
  const [x1, y1] = order(a);
  const [x2, y2] = order(b);
  return x1 < x2 || (x1 === x2 && y1 <= y2);
};

/** From the sidebar's own overview, so the card and the sidebar never disagree. */
export function buildCuratorCard(ports: Ports): CuratorCardView {
  const o = buildOverview(ports);
  const steps = o.stages.flatMap((s) => s.steps);
  const current = steps.find((s) => s.code === o.currentStep) ?? null;
  const open = current
    ? steps.filter((s) => s.status !== 'done' && notAfter(s.code, current.code))
    : steps.filter((s) => s.status !== 'done').slice(0, 1);
  return {
    programme: `${o.schoolShort}, ${o.academicYear} учебный год`,
    current: current && {
      code: current.code,
      title: current.title,
      due: current.due,
      statusText: current.statusText,
      next: current.next,
    },
    open: open.map((s) => ({ code: s.code, title: s.title, next: s.next })),
  };
}
