/** A pin the applications cannot honour; the message names the ids and why. Its own module: `npm run match` knows it without loading the matcher. */
export class PinError extends Error {
  override name = 'PinError';
}
