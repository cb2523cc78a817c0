/**
 * Notices (issue 15): each program's `notices` in program.yaml and its texts in
 * content/programs/<program>/notices/<notice>.md agree with each other, with
 * the placeholders of schemas/notice.schema.json and with the program's data.
 */
import { isNoticeKind, NOTICE_KINDS } from '../../notices/kinds.ts';
import { closestPlaceholder, familyOf, isKnownPlaceholder } from '../../notices/placeholders.ts';
import { evaluationsOf } from '../../notices/program-model.ts';
import type { Rule } from './rule.ts';

const noticePlaceholder: Rule = {
  id: 'notice-placeholder',
  check({ repository, paths, report }) {
    for (const text of repository.notices.values()) {
      const program = repository.programs.get(text.program)?.data;
      for (const placeholder of text.placeholders) {
        const where = { line: placeholder.line, column: placeholder.column };
        if (!isKnownPlaceholder(placeholder.name)) {
          const closest = closestPlaceholder(placeholder.name);
          report(
            text.file,
            where,
            `Unknown placeholder {{${placeholder.name}}}${closest ? `: did you mean {{${closest}}}?` : '.'} The placeholders a notice may use are listed in schemas/notice.schema.json (placeholders).`,
          );
          continue;
        }
        const family = familyOf(placeholder.name);
        // The page's file, not its parsed record: a page with errors of its own still exists (and reports them itself).
        if (family?.prefix === 'links.guidelines.' && !paths.has(`content/programs/${text.program}/guidelines/${family.rest}.mdx`)) {
          report(
            text.file,
            where,
            `{{${placeholder.name}}} links to a guideline page that does not exist (content/programs/${text.program}/guidelines/${family.rest}.mdx).`,
          );
        }
        if (program?.kinds.includes('peer') && /^(mentor|mentee)\./.test(placeholder.name)) {
          report(
            text.file,
            where,
            `{{${placeholder.name}}} has no value for a peer pair, and this program has peer pairs: use {{pair.names}}.`,
          );
        }
      }
    }
  },
};

const noticeTexts: Rule = {
  id: 'notice-texts',
  check({ repository, paths, wholeRepository, report }) {
    for (const text of repository.notices.values()) {
      if (!isNoticeKind(text.notice)) {
        report(
          text.file,
          { line: 1, column: 1 },
          `There is no notice called ${text.notice}: name the file after one of ${NOTICE_KINDS.join(', ')}.`,
        );
        continue;
      }
      const program = repository.programs.get(text.program)?.data;
      if (program && !program.notices?.send.includes(text.notice)) {
        report(
          text.file,
          { line: 1, column: 1 },
          `This text is never sent: add ${text.notice} to notices.send in content/programs/${text.program}/program.yaml, or delete the file.`,
          'warning',
        );
      }
    }
    for (const [id, { file, data: program }] of repository.programs) {
      if (!program.notices) continue;
      // A run given program.yaml alone (the site's program loader, npm run generate) cannot see the texts beside it;
      // npm run validate reads the whole repository, so a missing text is missing even in a folder with nothing else.
      const folder = `content/programs/${id}/`;
      const seesFolder = wholeRepository || [...paths].some((path) => path.startsWith(folder) && path !== file);
      program.notices.send.forEach((notice, index) => {
        if (seesFolder && !repository.notices.has(`${id}/${notice}`)) {
          report(
            file,
            { path: ['notices', 'send', index] },
            `The notice ${notice} has no text: write content/programs/${id}/notices/${notice}.md.`,
          );
        }
        // step-overdue is not checked: a program without dated steps simply has none overdue.
        const unusable =
          notice === 'check-in' && !program.checkIns
            ? 'the program sets no checkIns'
            : notice === 'evaluation-due' && !evaluationsOf(program).some((evaluation) => evaluation.due !== undefined)
              ? 'the program has no evaluation with a due date'
              : undefined;
        if (unusable) report(file, { path: ['notices', 'send', index] }, `The notice ${notice} is never sent: ${unusable}.`, 'warning');
      });
      if (!program.coordinators.some((coordinator) => coordinator.email === program.notices?.replyTo)) {
        report(
          file,
          { path: ['notices', 'replyTo'] },
          "notices.replyTo is not one of the program's coordinators: use the email of the coordinator who answers the pairs.",
        );
      }
    }
  },
};

export const noticeRules: readonly Rule[] = [noticeTexts, noticePlaceholder];
