/**
 * An application to the test repository's `demo` program (tests/fixtures/github/repo), cycle 2027: a mentee
 * with one interest and one method, made different by `fields`. The matching tests and the Match workflow's
 * test write their applicants with it.
 */
export function demoApplication(id: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    program: 'demo',
    cycle: 2027,
    name: `Person ${id}`,
    email: `${id}@example.org`,
    roles: ['mentee'],
    interests: ['Leadership'],
    careerStage: 'early',
    methods: ['video'],
    submitted: '2026-11-02',
    ...fields,
  };
}
