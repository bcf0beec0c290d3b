/**
 * Batch tone check (issue #5):
 *   npx tsx scripts/tone.ts FILE      (or `-` for stdin)
 * Reads JSON lines {"id", "text", "kind"?, "stage"?, "lang"?} and writes one JSON line per input:
 * {"id", "score", "label", "findings": [{"rule", "start", "end", "severity", "message", "suggestion"}]}.
 * A bad line gets {"id", "error"} and the run goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { FOLLOW_UP_STAGES, type FollowUpStage } from '../src/core/cadence/stages';
import { EMAIL_KINDS, type TrackedKind } from '../src/core/classify/kinds';
import { DRAFT_LANGUAGES, type DraftLanguage } from '../src/core/drafts/render-follow-up';
import { checkTone, type ToneContext } from '../src/core/tone/check-tone';

export interface ToneLineResult {
  id: unknown;
  score?: number;
  label?: string;
  findings?: {
    rule: string;
    start: number;
    end: number;
    severity: string;
    message: string;
    suggestion: string;
  }[];
  error?: string;
}

function readContext(input: Record<string, unknown>): ToneContext {
  const context: ToneContext = {};
  const { kind, stage, lang } = input;
  if (kind !== undefined && kind !== null) {
    if (typeof kind !== 'string' || !(EMAIL_KINDS as readonly string[]).includes(kind) || kind === 'other') {
      throw new Error(`unknown kind: ${String(kind)}`);
    }
    context.kind = kind as TrackedKind;
  }
  if (stage !== undefined && stage !== null) {
    if (typeof stage !== 'string' || !(FOLLOW_UP_STAGES as readonly string[]).includes(stage)) {
      throw new Error(`unknown stage: ${String(stage)}`);
    }
    context.stage = stage as FollowUpStage;
  }
  if (lang !== undefined && lang !== null) {
    if (typeof lang !== 'string' || !(DRAFT_LANGUAGES as readonly string[]).includes(lang)) {
      throw new Error(`unsupported lang: ${String(lang)}`);
    }
    context.lang = lang as DraftLanguage;
  }
  return context;
}

/** Checks one JSON line; never throws. */
export function checkToneLine(line: string): ToneLineResult {
  let id: unknown = null;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error('line is not a JSON object');
    }
    const input = parsed as Record<string, unknown>;
    id = input.id ?? null;
    if (typeof input.text !== 'string') throw new Error('text must be a string');
    const report = checkTone(input.text, readContext(input));
    return {
      id,
      score: report.score,
      label: report.label,
      findings: report.findings.map(({ rule, start, end, severity, message, suggestion }) => ({
        rule,
        start,
        end,
        severity,
        message,
        suggestion,
      })),
    };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(path: string | undefined): Promise<void> {
  if (!path) {
    console.error('usage: npx tsx scripts/tone.ts FILE|-');
    process.exitCode = 2;
    return;
  }
  const input = path === '-' ? process.stdin : createReadStream(path, 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    process.stdout.write(`${JSON.stringify(checkToneLine(line))}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv[2]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
