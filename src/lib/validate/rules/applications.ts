/**
 * The rules of applications (content/applications/<program>/<cycle>/<id>.yaml):
 * the file's place, the program taking applications, its window, membership,
 * roles, interests, methods, capacity and `avoid`. Messages name fields, never
 * the applicant's values.
 */
import { windowOfCycle } from '../../applications/window.ts';
import { acceptedMethods, methodsOf } from '../../program/methods.ts';
import type { RuleId } from '../../rule-ids.ts';
// The schema file, not the compiled validators: the rules also run in the browser's form check, without ajv's compiler.
import { schemaRegistry } from '../../schema-files.ts';
import type { Application, Program } from '../../types.generated.ts';
import type { Loaded, Repository } from '../repository.ts';
import type { Rule, RuleContext } from './rule.ts';

const applicationIdPattern = new RegExp(
  String((schemaRegistry.get('application.schema.json')!.$defs as Record<string, { pattern: string }>).applicationId!.pattern),
);

interface Placed {
  key: string;
  folder: { program: string; cycle: string; id: string };
  record: Loaded<Application>;
  program: Program | undefined;
}

function placed(repository: Repository): Placed[] {
  return [...repository.applications].map(([key, record]) => {
    const [program, cycle, id] = key.split('/') as [string, string, string];
    return { key, folder: { program, cycle, id }, record, program: repository.programs.get(program)?.data };
  });
}

function rule(id: RuleId, check: (context: RuleContext, items: Placed[]) => void): Rule {
  return { id, check: (context) => check(context, placed(context.repository)) };
}

const applicationPath = rule('application-path', ({ report }, items) => {
  for (const { folder, record } of items) {
    if (record.data.program !== folder.program) {
      report(
        record.file,
        { path: ['program'] },
        `Program "${record.data.program}" does not match the folder content/applications/${folder.program}/; move the file or correct the program.`,
      );
    }
    if (String(record.data.cycle) !== folder.cycle) {
      report(
        record.file,
        { path: ['cycle'] },
        `Cycle ${record.data.cycle} does not match the folder content/applications/${folder.program}/${folder.cycle}/; move the file or correct the cycle.`,
      );
    }
    if (!applicationIdPattern.test(folder.id) || !folder.id.startsWith(`${folder.cycle}-`)) {
      report(
        record.file,
        { line: 1, column: 1 },
        `The file name is not an application id: the cycle year and the applicant's surname, lowercase, joined by hyphens (for example ${folder.cycle}-okafor.yaml).`,
      );
    }
  }
});

const applicationProgram = rule('application-program', ({ report, programFolders }, items) => {
  for (const { folder, record, program } of items) {
    if (!programFolders.has(folder.program)) {
      report(
        record.file,
        { path: ['program'] },
        `There is no program "${folder.program}": content/programs/${folder.program}/program.yaml does not exist.`,
      );
    } else if (program && !program.applications) {
      report(
        record.file,
        { path: ['program'] },
        `Program "${folder.program}" takes no applications through Tandem: its program.yaml has no applications section.`,
      );
    }
  }
});

const applicationWindow = rule('application-window', ({ report, today }, items) => {
  for (const { record, program } of items) {
    const { submitted, cycle } = record.data;
    if (submitted > today) {
      report(
        record.file,
        { path: ['submitted'] },
        `Submitted is in the future (after ${today}); write the day the application was submitted.`,
      );
      continue;
    }
    const window = program ? windowOfCycle(program, cycle) : undefined;
    const late = record.data.lateAccepted;
    if (late && late.on > today) {
      report(record.file, { path: ['lateAccepted', 'on'] }, `Late application accepted on is in the future (after ${today}).`);
    }
    if (!window) continue;
    const outside = submitted < window.opens || submitted > window.closes;
    if (outside && !late) {
      report(
        record.file,
        { path: ['submitted'] },
        `Submitted lies outside the ${cycle} application window (${window.opens} to ${window.closes}); if the coordinator accepts it anyway, record that in lateAccepted (by, on, reason).`,
      );
    } else if (!outside && late) {
      report(
        record.file,
        { path: ['lateAccepted'] },
        `Late application accepted is recorded, but the application was submitted inside the ${cycle} window; remove lateAccepted.`,
        'warning',
      );
    }
  }
});

const applicationMember = rule('application-member', ({ report }, items) => {
  for (const { record, program } of items) {
    if (!program?.membersOnly) continue;
    if (record.data.member === undefined) {
      report(
        record.file,
        { path: [] },
        `Member is missing: program "${program.id}" is open to members only; add member: true once the applicant states they are a member.`,
      );
    } else if (!record.data.member) {
      report(record.file, { path: ['member'] }, `Member is false, but program "${program.id}" is open to members only.`);
    }
  }
});

const applicationRoles = rule('application-roles', ({ report }, items) => {
  for (const { record, program } of items) {
    const settings = program?.applications;
    if (!settings) continue;
    record.data.roles.forEach((role, index) => {
      if (!settings.roles.includes(role)) {
        report(
          record.file,
          { path: ['roles', index] },
          `Role "${role}" is not offered by program "${program.id}"; choose from ${settings.roles.join(', ')}.`,
        );
      }
    });
    if (record.data.roles.includes('mentor') && record.data.roles.includes('mentee') && !program.bothRoles) {
      report(
        record.file,
        { path: ['roles'] },
        `Roles ask for mentor and mentee at once, which program "${program.id}" does not offer; choose one.`,
      );
    }
  }
});

const applicationInterests = rule('application-interests', ({ report }, items) => {
  for (const { record, program } of items) {
    const list = program?.applications?.interests;
    if (!list) continue;
    record.data.interests.forEach((interest, index) => {
      if (list.includes(interest)) return;
      const listed = list.find((entry) => entry.toLowerCase() === interest.trim().toLowerCase());
      if (listed) {
        report(
          record.file,
          { path: ['interests', index] },
          `Interest ${index + 1} is on the program's list but written differently; write it as the list does ("${listed}") so that matching finds it.`,
          'warning',
        );
      }
    });
  }
});

const applicationMethods = rule('application-methods', ({ report }, items) => {
  for (const { record, program } of items) {
    if (!program) continue;
    record.data.methods.forEach((method, index) => {
      if (!acceptedMethods(program).includes(method)) {
        report(
          record.file,
          { path: ['methods', index] },
          `Method "${method}" is not one of program "${program.id}"'s meeting methods (${methodsOf(program).join(', ')}).`,
        );
      }
    });
  }
});

const applicationCapacity = rule('application-capacity', ({ report }, items) => {
  for (const { record, program } of items) {
    if (program?.maxMentees !== undefined && (record.data.capacity ?? 1) > program.maxMentees) {
      report(
        record.file,
        { path: ['capacity'] },
        `Capacity is above program "${program.id}"'s limit of ${program.maxMentees} mentee${program.maxMentees === 1 ? '' : 's'} per mentor (maxMentees).`,
      );
    }
    if (record.data.capacity !== undefined && !record.data.roles.includes('mentor')) {
      report(
        record.file,
        { path: ['capacity'] },
        'Capacity is only read for mentors, and this application does not ask to be a mentor.',
        'warning',
      );
    }
  }
});

const applicationAvoid = rule('application-avoid', ({ report }, items) => {
  const keys = new Set(items.map((item) => item.key));
  for (const { folder, record } of items) {
    (record.data.avoid ?? []).forEach((other, index) => {
      if (other === folder.id) {
        report(record.file, { path: ['avoid', index] }, 'Avoid names this application itself; list other applications only.');
      } else if (!keys.has(`${folder.program}/${folder.cycle}/${other}`)) {
        report(
          record.file,
          { path: ['avoid', index] },
          `Avoid names application "${other}", which is not among the ${folder.cycle} applications of program "${folder.program}"; matching cannot keep them apart until it exists.`,
          'warning',
        );
      }
    });
  }
});

const applicationDuplicate = rule('application-duplicate', ({ report }, items) => {
  const seen = new Map<string, string>();
  for (const { folder, record } of [...items].sort((a, b) => a.key.localeCompare(b.key))) {
    const key = `${folder.program}/${folder.cycle}/${record.data.email.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      report(
        record.file,
        { path: ['email'] },
        `Email is the same as in application "${first}" of this cycle; one person applies once (merge the two).`,
      );
    } else {
      seen.set(key, folder.id);
    }
  }
});

/** The application ids of each program ('<program>/<id>'), worked out once per set of applications: the rule below runs for every pairing. */
const applicationIds = new WeakMap<Repository['applications'], Set<string>>();

function applicationIdsOf(applications: Repository['applications']): Set<string> {
  let ids = applicationIds.get(applications);
  if (!ids) {
    ids = new Set(
      [...applications.keys()].map((key) => {
        const [program, , id] = key.split('/');
        return `${program}/${id}`;
      }),
    );
    applicationIds.set(applications, ids);
  }
  return ids;
}

/** The applications a pairing links are on file. (The validator runs it with each pairing as it is read, so not through `rule`.) */
export const pairingApplications: Rule = {
  id: 'pairing-applications',
  check({ repository, report }) {
    const ids = applicationIdsOf(repository.applications);
    for (const [key, pairing] of repository.pairings) {
      const program = key.slice(0, key.indexOf('/'));
      (pairing.data.applications ?? []).forEach((id, index) => {
        if (!ids.has(`${program}/${id}`)) {
          report(
            pairing.file,
            { path: ['applications', index] },
            `Application "${id}" is not on file under content/applications/${program}/.`,
            'warning',
          );
        }
      });
    }
  },
};

export const applicationRules: readonly Rule[] = [
  applicationPath,
  applicationProgram,
  applicationWindow,
  applicationMember,
  applicationRoles,
  applicationInterests,
  applicationMethods,
  applicationCapacity,
  applicationAvoid,
  applicationDuplicate,
];
