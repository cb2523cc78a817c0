/**
 * A real IMAP server for tests: Debian's Dovecot (`dovecot-imapd`), started
 * in the foreground on 127.0.0.1 at a free port with a throwaway
 * configuration and Maildir in a temporary folder (no TLS, one static
 * password, every user mapped to `nobody`). Messages are put in with IMAP
 * APPEND, and read back (flags, count) with imapflow, as the inbox sees them.
 *
 * Needs the `dovecot` binary (.ci/run installs dovecot-imapd) and root, as
 * Dovecot's master process does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export const DOVECOT = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((path) => existsSync(path));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`dovecot exited with ${child.exitCode}: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dovecot did not listen on ${port}: ${log()}`);
}

function configuration(root: string, port: number, password: string): string {
  return `protocols = imap
listen = 127.0.0.1
base_dir = ${root}/run
state_dir = ${root}/state
log_path = ${root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:${root}/mail/%u
default_internal_user = nobody
default_login_user = nobody
default_internal_group = nogroup
imap_max_line_length = 65536
passdb {
  driver = static
  args = password=${password}
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=${root}/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

export class DovecotTestServer {
  readonly password = 'Imap-pa55word';
  readonly root: string;
  readonly port: number;
  readonly #child: ChildProcess;

  /** Which INBOX is in use (see freshMailbox). */
  #mailbox = 0;

  private constructor(root: string, port: number, child: ChildProcess) {
    this.root = root;
    this.port = port;
    this.#child = child;
  }

  static async start(): Promise<DovecotTestServer> {
    if (!DOVECOT) throw new Error('dovecot is not installed: apt-get install -y dovecot-imapd');
    const root = mkdtempSync(join(tmpdir(), 'tandem-dovecot-'));
    chmodSync(root, 0o755);
    for (const folder of ['run', 'state', 'mail', 'home']) mkdirSync(join(root, folder));
    for (const folder of ['mail', 'home']) chmodSync(join(root, folder), 0o777);
    const port = await freePort();
    writeFileSync(join(root, 'dovecot.conf'), configuration(root, port, 'Imap-pa55word'));
    // Its own process group, so that close() can stop the master and every child it started at once.
    const child = spawn(DOVECOT, ['-F', '-c', join(root, 'dovecot.conf')], { stdio: 'ignore', detached: true });
    const log = () => {
      try {
        return readFileSync(join(root, 'dovecot.log'), 'utf8');
      } catch {
        return '';
      }
    };
    await waitForPort(port, child, log);
    return new DovecotTestServer(root, port, child);
  }

  /** The user the inbox logs in as: any user name works with the one password, each with its own INBOX (mail/<user>). */
  get user(): string {
    return this.#mailbox === 0 ? 'tandem' : `tandem-${this.#mailbox}`;
  }

  /**
   * Moves on to a new, empty INBOX on the same server (a new user): each test
   * its own mailbox, without starting Dovecot per test. `url`, `append` and
   * `flags` follow.
   */
  freshMailbox(): void {
    this.#mailbox += 1;
  }

  /** IMAP_URL for the inbox. */
  get url(): string {
    return `imap://${this.user}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/INBOX`;
  }

  async #client<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: this.port,
      secure: false,
      auth: { user: this.user, pass: this.password },
      logger: false,
      disableAutoIdle: true,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  /** Delivers messages to the INBOX, in order; their UIDs. */
  async append(...messages: (string | Buffer)[]): Promise<number[]> {
    return this.#client(async (client) => {
      const uids: number[] = [];
      for (const message of messages) {
        const result = await client.append('INBOX', message);
        uids.push(result && typeof result === 'object' && 'uid' in result && typeof result.uid === 'number' ? result.uid : 0);
      }
      return uids;
    });
  }

  /** Every message's UID and flags (keywords included). */
  async flags(): Promise<Map<number, string[]>> {
    return this.#client(async (client) => {
      const lock = await client.getMailboxLock('INBOX');
      try {
        const flags = new Map<number, string[]>();
        const status = await client.status('INBOX', { messages: true });
        if (!status || !status.messages) return flags;
        for await (const message of client.fetch('1:*', { uid: true, flags: true })) flags.set(message.uid, [...(message.flags ?? [])]);
        return flags;
      } finally {
        lock.release();
      }
    });
  }

  /**
   * Stops the server. SIGTERM to the master alone makes it wait about a second for its children,
   * once per test; SIGTERM to the whole process group stops them all at once, and the master still
   * reaps its children (SIGKILL would leave them as zombies).
   */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.#child.exitCode !== null || this.#child.signalCode !== null || this.#child.pid === undefined) return resolve();
      this.#child.once('exit', () => resolve());
      process.kill(-this.#child.pid, 'SIGTERM');
    });
    rmSync(this.root, { recursive: true, force: true });
  }
}
