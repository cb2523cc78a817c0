/**
 * Puts the process environment back as `saved` had it, in place. Assigning a
 * new object to `process.env` would leave a plain object behind: Node then no
 * longer sees changes to it (a later test's `TZ`, say), and test files share
 * their worker process (vitest.config.ts, `isolate: false`).
 */
export function restoreEnv(saved: Readonly<Record<string, string | undefined>>): void {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
}
