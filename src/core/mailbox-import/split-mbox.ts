/**
 * Splits an mbox file (Google Takeout's Gmail export, Thunderbird) into raw messages as its text
 * arrives in chunks, so a file of gigabytes never has to be held whole. A message starts at a line
 * beginning "From " (the mbox separator); mboxrd quotes body lines that begin so as ">From ", which
 * is undone here. Line ends may be CRLF or LF; a chunk may end anywhere, even inside a line ending.
 */
export class MboxSplitter {
  private pending = '';
  private current: string[] | null = null;
  private currentChars = 0;

  /** Raw messages bigger than this are cut: an mbox message is never read past 25 MB. */
  constructor(private readonly maxMessageChars = 25 * 1024 * 1024) {}

  /** Feeds text; returns the messages completed by it. */
  push(chunk: string): string[] {
    const text = this.pending + chunk;
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak < 0) {
      this.pending = text;
      return [];
    }
    this.pending = text.slice(lastBreak + 1);
    return this.takeLines(text.slice(0, lastBreak).split('\n'));
  }

  /** Ends the file; returns the last message. */
  finish(): string[] {
    const done = this.pending ? this.takeLines([this.pending]) : [];
    this.pending = '';
    if (this.current) done.push(this.close());
    return done;
  }

  private takeLines(lines: string[]): string[] {
    const done: string[] = [];
    for (const rawLine of lines) {
      const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
      if (line.startsWith('From ')) {
        if (this.current) done.push(this.close());
        this.current = [];
        this.currentChars = 0;
        continue;
      }
      // Text before the first separator is not a message (a truncated or foreign file).
      if (!this.current || this.currentChars > this.maxMessageChars) continue;
      const unquoted = /^>+From /.test(line) ? line.slice(1) : line;
      this.current.push(unquoted);
      this.currentChars += unquoted.length + 1;
    }
    return done;
  }

  private close(): string {
    const message = (this.current ?? []).join('\n').replace(/\n+$/, '');
    this.current = null;
    return message;
  }
}
