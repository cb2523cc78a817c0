/**
 * Running one command of the site-build benchmark and measuring its CPU the
 * way the machine spent it: user + system time of the command and of every
 * process it started, the ones it waited for (Linux: /proc/self/stat's
 * children times) and the ones it left running when it exited (found by the
 * command's session, their CPU so far added, then stopped).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Linux clock ticks a second (USER_HZ). */
const TICKS = 100;

/** Fields of /proc/<pid>/stat after "pid (comm) ": index 0 is field 3. */
function statFields(pid: string): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) of this process's waited-for children so far: fields 16 and 17. */
export function childrenCpuSeconds(): number {
  const fields = statFields('self')!;
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

/** A process's command name, the `comm` of /proc/<pid>/stat. */
function commandName(pid: string): string {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  } catch {
    return '?';
  }
}

/** Processes still running in session `sid` (the command's own, as it was started detached): pid, name and CPU seconds. */
function leftInSession(sid: number): { pid: number; name: string; cpu: number }[] {
  const left: { pid: number; name: string; cpu: number }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(name);
    // Field 6 is the session id; fields 14 and 15 the process's own user and system time.
    if (fields && Number(fields[3]) === sid)
      left.push({ pid: Number(name), name: commandName(name), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS });
  }
  return left;
}

export interface Measured {
  cpu: number;
  wall: number;
  /** The names of the processes the command left running when it exited (counted in `cpu`, then stopped). */
  leftRunning: string[];
  output: string;
}

/** Runs `command` to its end in a session of its own; fails with the end of its output when it exits non-zero. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      const left = child.pid === undefined ? [] : leftInSession(child.pid);
      for (const { pid } of left) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Ended on its own in between.
        }
      }
      if (code !== 0) {
        fail(new Error(`${command} ${args.join(' ')} in ${cwd} exited ${code}:\n${output.slice(-1500)}`));
        return;
      }
      const cpu = childrenCpuSeconds() - cpuBefore + left.reduce((sum, process) => sum + process.cpu, 0);
      done({ cpu, wall, leftRunning: left.map((process) => process.name), output });
    });
  });
}
