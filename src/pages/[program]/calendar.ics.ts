/**
 * /<program>/calendar.ics: the program's yearly dates (term, orientation,
 * check-ins, evaluation deadlines) for readers to subscribe to. Built from
 * program.yaml alone: no pairing, contract or participant reaches it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { programPaths } from '../../components/program-paths.ts';
import { renderCalendar } from '../../lib/calendar/calendar-events.ts';
import { programCalendar } from '../../lib/calendar/program-calendar.ts';
import { todayIso } from '../../lib/dates.ts';
import type { Program } from '../../lib/types.generated.ts';

export const getStaticPaths = programPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ program: Program }> = ({ props }) => {
  // The recurrences start in the build's year; the UIDs do not change from year to year.
  const today = todayIso();
  const text = renderCalendar(programCalendar(props.program, Number(today.slice(0, 4)), today));
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
