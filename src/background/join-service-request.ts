/**
 * Chromium reports a request's body (`onBeforeRequest`) and its headers (`onBeforeSendHeaders`) in two
 * events. Outlook puts the action, and for small requests the whole payload, in headers
 * (src/webmail/outlook/parse-service-request.ts), so the two halves are joined by request id. A
 * request whose headers never come (blocked by another extension, served from cache) is read from its
 * body alone once `waitMs` has passed, so nothing seen is ever dropped silently.
 */
export class ServiceRequestJoin<Details, Headers> {
  private readonly pending = new Map<string, { details: Details; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly onJoined: (details: Details, headers: Headers | null) => void,
    private readonly waitMs = 2_000,
    /** A page that floods requests keeps at most this many waiting; the oldest is read as it is. */
    private readonly maxPending = 200,
  ) {}

  body(requestId: string, details: Details): void {
    if (this.pending.has(requestId)) return;
    if (this.pending.size >= this.maxPending) {
      const [oldest] = this.pending.keys();
      if (oldest !== undefined) this.release(oldest, null);
    }
    const timer = setTimeout(() => this.release(requestId, null), this.waitMs);
    this.pending.set(requestId, { details, timer });
  }

  headers(requestId: string, headers: Headers): void {
    this.release(requestId, headers);
  }

  get size(): number {
    return this.pending.size;
  }

  private release(requestId: string, headers: Headers | null): void {
    const entry = this.pending.get(requestId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(requestId);
    this.onJoined(entry.details, headers);
  }
}
