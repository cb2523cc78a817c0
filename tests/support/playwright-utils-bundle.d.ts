/**
 * playwright-core's bundle of its own dependencies (an entry of its package exports) ships no types. Only its
 * `ws`, the WebSocket client playwright's own `connectOverCDP` uses, is read here (tests/support/own-contexts-transport.ts).
 */
declare module 'playwright-core/lib/utilsBundle' {
  export class ws {
    constructor(address: string, options?: { perMessageDeflate?: boolean; maxPayload?: number });
    send(data: string): void;
    close(): void;
    on(event: 'message', listener: (data: Buffer) => void): this;
    on(event: 'close', listener: (code: number, reason: Buffer) => void): this;
    once(event: 'open', listener: () => void): this;
    once(event: 'error', listener: (error: Error) => void): this;
  }
}
