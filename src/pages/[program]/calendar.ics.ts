/**
 * /<program>/calendar.ics: the program's yearly dates (term, orientation,
 * check-ins, evaluation deadlines) for readers to subscribe to. Built from
 * program.yaml alone: no pairing, contract or participant reaches it. Only
 * programs with at least one date have one (see program-calendar.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hasPublicCalendar, publicCalendar } from '../../components/program-calendar.ts';
import { programPaths } from '../../components/program-paths.ts';
import { renderCalendar } from '../../lib/calendar/calendar-events.ts';
import type { Program } from '../../lib/types.generated.ts';

export const getStaticPaths = (async () =>
  (await programPaths()).filter((path) => hasPublicCalendar(path.props.program))) satisfies GetStaticPaths;

export const GET: APIRoute<{ program: Program }> = ({ props }) => {
  const text = renderCalendar(publicCalendar(props.program));
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
