import type { MessageError } from '../messaging/protocol';

/** Thrown by a handler to answer with a specific error code; the router turns it into data. */
export class MessageFailure extends Error {
  constructor(
    readonly code: MessageError['code'],
    message: string,
  ) {
    super(message);
  }
}
