import { explainInEnglish } from '../core/explanations/explain-in-english';
import type { Explanation } from '../core/explanations/explanation';
import type { MessageError } from '../messaging/protocol';

/**
 * Thrown by a handler to answer with a specific error code; the router turns it into data. A failure
 * the user may meet carries an explanation, which the UI words in its own language; its English words
 * become the message for the logs.
 */
export class MessageFailure extends Error {
  readonly explanation: Explanation | undefined;

  constructor(
    readonly code: MessageError['code'],
    said: Explanation | string,
  ) {
    super(typeof said === 'string' ? said : explainInEnglish(said));
    this.explanation = typeof said === 'string' ? undefined : said;
  }

  /** A failure another part (the mail tab) reported, passed on with its words for the user. */
  static relaying(error: MessageError): MessageFailure {
    return new MessageFailure(error.code, error.explanation ?? error.message);
  }

  toError(): MessageError {
    return this.explanation
      ? { code: this.code, message: this.message, explanation: this.explanation }
      : { code: this.code, message: this.message };
  }
}
