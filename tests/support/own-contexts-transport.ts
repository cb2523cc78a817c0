/**
 * A DevTools Protocol connection to the test run's one Chromium (tests/support/shared-chromium.ts) that
 * shows playwright only the pages of the browser contexts it made itself.
 *
 * playwright's `connectOverCDP` asks the browser to attach it to every target, and takes the pages of
 * contexts it does not know for pages of the shared default context. With two test files connected at once,
 * each would then drive the other's pages too: twice the protocol traffic, and a dialog one file waits for
 * dismissed by the other file's playwright (which dismisses the dialogs nobody listens to). Here the
 * connection detaches from those targets itself, before playwright hears of them, as playwright does for
 * unknown contexts when it launched the browser. The browser's default context is therefore not for tests:
 * its pages are nobody's.
 */
import { createRequire } from 'node:module';
import type { ConnectOverCDPTransport } from 'playwright-core';
import type { ws } from 'playwright-core/lib/utilsBundle';

/** Required, not imported, as playwright-core itself (scripts/pdf/chromium.ts): an import has Node scan the 3 MB bundle for its exports. */
const { ws: WebSocketClient } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: typeof ws };

/** The DevTools Protocol messages this connection reads. */
interface CdpMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: { sessionId?: string; waitingForDebugger?: boolean; targetInfo?: { type: string; browserContextId?: string } };
  result?: { browserContextId?: string };
}

/** Ids for this connection's own requests, far above playwright's (which count up from 1), so their answers are told apart. */
const OWN_IDS_FROM = 2 ** 30;

export class OwnContextsTransport implements ConnectOverCDPTransport {
  onmessage?: (message: object) => void;
  onclose?: (reason?: string) => void;
  readonly #socket: ws;
  /** Ids of playwright's pending Target.createBrowserContext requests. */
  readonly #creating = new Set<number>();
  /** The contexts playwright made over this connection. */
  readonly #contexts = new Set<string>();
  /** Sessions on other connections' targets, detached and not yet gone. */
  readonly #foreign = new Set<string>();
  #nextOwnId = OWN_IDS_FROM;

  private constructor(socket: ws) {
    this.#socket = socket;
    socket.on('message', (data) => this.#receive(JSON.parse(String(data)) as CdpMessage));
    socket.on('close', (_code, reason) => this.onclose?.(String(reason)));
  }

  static connect(endpoint: string): Promise<OwnContextsTransport> {
    return new Promise((resolve, reject) => {
      // No compression: the messages never leave the machine, and deflating them cost Chromium and each test worker CPU.
      const socket = new WebSocketClient(endpoint, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
      socket.once('open', () => resolve(new OwnContextsTransport(socket)));
      socket.once('error', (error) => reject(error));
    });
  }

  send(message: object): void {
    const request = message as CdpMessage;
    if (request.method === 'Target.createBrowserContext' && request.id !== undefined && !request.sessionId) this.#creating.add(request.id);
    this.#socket.send(JSON.stringify(message));
  }

  close(): void {
    this.#socket.close();
  }

  #sendOwn(method: string, params: object, sessionId?: string): void {
    this.#socket.send(JSON.stringify({ id: this.#nextOwnId++, method, params, ...(sessionId && { sessionId }) }));
  }

  #receive(message: CdpMessage): void {
    if (message.id !== undefined && message.id >= OWN_IDS_FROM) return;
    if (message.id !== undefined && this.#creating.delete(message.id) && message.result?.browserContextId)
      this.#contexts.add(message.result.browserContextId);
    if (message.sessionId && this.#foreign.has(message.sessionId)) return;
    if (!message.sessionId && message.method === 'Target.attachedToTarget' && message.params?.sessionId) {
      const { sessionId, targetInfo } = message.params;
      if (targetInfo && targetInfo.type !== 'browser' && !this.#contexts.has(targetInfo.browserContextId ?? '')) {
        this.#foreign.add(sessionId);
        // A new target waits for everyone attached to it (waitForDebuggerOnStart): let it go on first, as
        // detaching alone did not always (its navigation then hung).
        if (message.params.waitingForDebugger) this.#sendOwn('Runtime.runIfWaitingForDebugger', {}, sessionId);
        this.#sendOwn('Target.detachFromTarget', { sessionId });
        return;
      }
    }
    if (!message.sessionId && message.method === 'Target.detachedFromTarget' && message.params?.sessionId) {
      if (this.#foreign.delete(message.params.sessionId)) return;
    }
    this.onmessage?.(message);
  }
}
