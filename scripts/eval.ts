/**
 * `npm run eval -- [--classify PATH...] [--tone PATH...]`: the classifier's and the tone checker's
 * figures against evaluation sets kept outside the repository (the product ships none of them).
 * With plain paths, each file is given to whichever evaluation reads its format.
 */

import { existsSync } from 'node:fs';
import { evaluateClassifier } from './eval-classify';
import { evaluateTone } from './eval-tone';

const args = process.argv.slice(2);
const paths = args.filter((arg) => arg !== '--classify' && arg !== '--tone');
const missing = paths.filter((path) => !existsSync(path));
if (missing.length > 0) console.error(`not a file or folder: ${missing.join(', ')}`);
if (args.length === 0 || paths.length === 0 || missing.length > 0) {
  console.error('usage: npm run eval -- [--classify PATH...] [--tone PATH...]');
  console.error(
    'e.g.   npm run eval -- --classify ../shared/corpus/emails/sample-emails-dev.jsonl --tone ../shared/corpus/politeness/stack-exchange.annotated.csv',
  );
  process.exit(2);
}
const groups: Record<'classify' | 'tone', string[]> = { classify: [], tone: [] };
let current: keyof typeof groups | null = null;
for (const arg of args) {
  if (arg === '--classify' || arg === '--tone') current = arg.slice(2) as keyof typeof groups;
  else if (current) groups[current].push(arg);
  else if (arg.endsWith('.csv')) groups.tone.push(arg);
  else groups.classify.push(arg);
}
const report: Record<string, unknown> = {};
if (groups.classify.length > 0) report.classifier = await evaluateClassifier(groups.classify);
if (groups.tone.length > 0) report.tone = await evaluateTone(groups.tone);
console.log(JSON.stringify(report, null, 2));
