/**
 * Writes a realistic repository of `count` contracts with their pairings (and
 * their program) into `root`, for the validate benchmark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SURNAMES = [
  'lee',
  'okafor',
  'marchbanks',
  'pennywhistle',
  'thistlewood',
  'quillfeather',
  'brightwater',
  'cobblestone',
  'tamarisk',
  'oakhollow',
  'lanternwick',
  'saffronby',
  'inkwhistle',
  'vellumsworth',
  'catalogna',
  'marcwright',
];
const GIVEN = ['Jordan', 'Ada', 'Wilhelmina', 'Isidore', 'Rosalind', 'Tobias', 'Mei', 'Luis', 'Priya', 'Samuel', 'Ingrid', 'Kwame'];
const GOALS = [
  'Prepare a dossier for continuing appointment',
  'Present a poster at the state conference',
  'Draft and submit an article to a peer-reviewed journal',
  'Learn to plan and run an information literacy workshop',
  'Build a professional network in technical services',
];
const METHODS = ['in-person', 'phone', 'email', 'video', 'other'];
const FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'bimonthly', 'quarterly'];

const PROGRAM = `id: bench
name: Benchmark Mentoring Program
organization: Benchmark Library Association
summary: A program with many pairs, for measuring the validator.
membersOnly: false
eligibility: Anyone.
kinds: [mentoring, peer]
contract:
  title: Mentoring Contract
  revision: { id: v1 }
  goals: { min: 1, max: 3 }
  additionalGoals: true
  durationMonths: { min: 1, max: 24, recommendedMax: 12 }
  dueDaysAfterNotified: 30
  statement: By signing, we agree to the plan set out in this contract.
meetings:
  frequencies: [weekly, biweekly, monthly, bimonthly, quarterly]
  methods: [in-person, phone, email, video, other]
evaluations:
  - id: program-evaluation
    title: Program evaluation
coordinators:
  - name: Tamsin Achterberg
    email: tamsin.achterberg@example.org
`;

/** Every top-level key of PROGRAM (a row covers the keys under it), so that the program-sources rule passes. */
const SOURCES = `# Where each fact of \`program.yaml\` comes from: the benchmark program

| key | source | what the document says |
| --- | --- | --- |
${[...PROGRAM.matchAll(/^([a-zA-Z]+):/gm)].map((match) => `| \`${match[1]}\` | Bench | Generated for the benchmark. |`).join('\n')}
`;

const pad = (n: number) => String(n).padStart(2, '0');

export async function generateRepository(root: string, count: number): Promise<void> {
  await mkdir(join(root, 'content/programs/bench'), { recursive: true });
  await mkdir(join(root, 'content/pairings/bench'), { recursive: true });
  await mkdir(join(root, 'content/contracts/bench'), { recursive: true });
  await writeFile(join(root, 'content/programs/bench/program.yaml'), PROGRAM);
  await writeFile(join(root, 'content/programs/bench/SOURCES.md'), SOURCES);
  const writes: Promise<void>[] = [];
  for (let i = 0; i < count; i += 1) {
    const [a, b] = [SURNAMES[i % SURNAMES.length]!, SURNAMES[(i * 7 + 3) % SURNAMES.length]!];
    const id = `2026-${a}-${b}-${i}`;
    const peer = i % 4 === 0;
    const people = [0, 1].map((k) => {
      const given = GIVEN[(i + k * 5) % GIVEN.length]!;
      const surname = k === 0 ? a : b;
      return {
        name: `${given} ${surname[0]!.toUpperCase()}${surname.slice(1)}`,
        email: `${given.toLowerCase()}.${surname}.${i}.${k}@example.edu`,
      };
    });
    const month = 1 + (i % 9);
    const notified = `2026-${pad(month)}-${pad(1 + (i % 20))}`;
    const signed = (k: number) => `2026-${pad(month)}-${pad(2 + (i % 20) + k)}`;
    const roles = peer ? ['peer', 'peer'] : ['mentor', 'mentee'];
    const pairing = peer
      ? `program: bench\nkind: peer\npeers:\n  - { name: ${people[0]!.name}, email: ${people[0]!.email} }\n  - { name: ${people[1]!.name}, email: ${people[1]!.email} }\nnotified: ${notified}\nstatus: ${i % 3 === 0 ? 'completed' : 'active'}\n`
      : `program: bench\nkind: mentoring\nmentor: { name: ${people[0]!.name}, email: ${people[0]!.email} }\nmentee: { name: ${people[1]!.name}, email: ${people[1]!.email} }\nnotified: ${notified}\nstatus: ${i % 3 === 0 ? 'completed' : 'active'}\n`;
    const goals = GOALS.slice(i % 3, (i % 3) + 1 + (i % 3))
      .map((goal) => `  - ${goal}\n`)
      .join('');
    const contract =
      `program: bench\npairing: ${id}\nkind: ${peer ? 'peer' : 'mentoring'}\nparties:\n` +
      people
        .map(
          (person, k) =>
            `  - role: ${roles[k]}\n    name: ${person.name}\n    email: ${person.email}\n${k === 0 ? `    phone: "+1 614 555 ${String(1000 + (i % 9000))}"\n` : ''}    signed: ${signed(k)}\n`,
        )
        .join('') +
      `goals:\n${goals}additionalGoals: []\nstart: ${signed(3)}\ndurationMonths: ${3 + (i % 10)}\nmeetings:\n  frequency: ${FREQUENCIES[i % FREQUENCIES.length]}\n  methods: [${METHODS[i % 5]}, ${METHODS[(i + 2) % 5]}]\n`;
    writes.push(writeFile(join(root, `content/pairings/bench/${id}.yaml`), pairing));
    writes.push(writeFile(join(root, `content/contracts/bench/${id}.yaml`), contract));
    if (writes.length >= 512) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}
