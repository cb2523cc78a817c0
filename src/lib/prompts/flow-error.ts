/** Raised when the repository gives nothing to choose from; its message says what to do. Its own module: a script knows it without loading the prompts. */
export class FlowError extends Error {
  override name = 'FlowError';
}
