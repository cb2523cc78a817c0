/**
 * Test setup (vitest `setupFiles`): octokit's throttling plugin queues every
 * request through Bottleneck, whose in-memory store yields to the event loop
 * with `setTimeout(0)` several times per job. Node makes each of those wait at
 * least a millisecond, about 15 ms per request in all: against GitHub that is
 * nothing beside the network, against the test server on 127.0.0.1 it was most
 * of a GitHub test's time. Here the zero-length yields become `setImmediate`:
 * still a turn of the event loop (the same ordering), without the timer's floor.
 * Waits that are not zero (pacing, retry backoff) are left as they are.
 *
 * Both builds of Bottleneck are patched: the full one our client's write and
 * notification groups come from, and the light one the plugin uses itself.
 */
import Bottleneck from 'bottleneck';
import BottleneckLight from 'bottleneck/light.js';

interface Store {
  Promise: PromiseConstructor;
  yieldLoop(milliseconds?: number): Promise<void>;
}

for (const Limiter of [Bottleneck, BottleneckLight]) {
  const limiter = new Limiter();
  // `_store` is Bottleneck's own field (not in its types): the store class is not exported otherwise.
  const store = Object.getPrototypeOf((limiter as unknown as { _store: Store })._store) as Store;
  store.yieldLoop = function (this: Store, milliseconds = 0) {
    return new this.Promise<void>((resolve) => (milliseconds === 0 ? setImmediate(resolve) : setTimeout(resolve, milliseconds)));
  };
  await limiter.disconnect();
}
