/**
 * What `npm run notices` prints: per notice the pairing id, the notice and
 * why it goes out today; never a name or an address.
 */
import type { IsoDate } from '../dates.ts';
import type { DeliveryResult } from './deliver.ts';
import type { NoticePlan } from './plan.ts';
import type { DueNotice } from './schedule.ts';

export type NoticesFormat = 'text' | 'json';
export const NOTICES_FORMATS: readonly NoticesFormat[] = ['text', 'json'];

const id = (notice: DueNotice): string => `${notice.program}/${notice.pairing}`;
const what = (notice: DueNotice): string => `${notice.notice}${notice.item ? ` (${notice.item})` : ''}`;

export interface NoticesReport {
  today: IsoDate;
  plan: NoticePlan;
  /** Present after --send. */
  results?: DeliveryResult[];
}

export function formatNoticesText({ today, plan, results }: NoticesReport): string {
  const lines: string[] = [];
  if (!results) {
    lines.push(
      `Notices on ${today}: ${plan.send.length} would be sent, ${plan.alreadySent.length} already sent (dry run; --send sends them).`,
    );
    for (const notice of plan.send) lines.push(`  ${id(notice)}  ${what(notice)} to ${notice.to.join(' and ')}: ${notice.why}`);
  } else {
    const count = (outcome: DeliveryResult['outcome']): number => results.filter((result) => result.outcome === outcome).length;
    lines.push(
      `Notices on ${today}: ${count('sent')} sent, ${count('partly-sent')} partly sent, ${count('failed')} not sent, ${plan.alreadySent.length} already sent before.`,
    );
    for (const result of results) {
      const to = result.delivered.length > 0 ? ` to ${result.delivered.join(' and ')}` : '';
      const failed =
        result.failed.length > 0
          ? `; not delivered to ${result.failed.join(' and ')}: ${result.reason ?? 'failed'} (tried again next run)`
          : '';
      lines.push(`  ${result.outcome.padEnd(11)} ${id(result.notice)}  ${what(result.notice)}${to}${failed}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatNoticesJson({ today, plan, results }: NoticesReport): string {
  const brief = (notice: DueNotice) => ({
    program: notice.program,
    pairing: notice.pairing,
    notice: notice.notice,
    ...(notice.item ? { item: notice.item } : {}),
    due: notice.due,
    why: notice.why,
  });
  return `${JSON.stringify(
    {
      today,
      send: plan.send.map((notice) => ({ ...brief(notice), to: notice.to })),
      alreadySent: plan.alreadySent.map(brief),
      ...(results
        ? {
            results: results.map((result) => ({
              ...brief(result.notice),
              outcome: result.outcome,
              delivered: result.delivered,
              failed: result.failed,
              ...(result.reason ? { reason: result.reason } : {}),
            })),
          }
        : {}),
    },
    null,
    2,
  )}\n`;
}
