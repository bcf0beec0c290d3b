/**
 * The maintainer's probe: `npm run -s gmail-sync -- FILE...` reads recorded Gmail sync request bodies
 * and prints, per file, one JSON line with the sends and draft saves the extension would see. Run it
 * on a freshly recorded payload when Gmail changes its traffic. Exit code 1 if any file failed.
 */
import { readFileSync } from 'node:fs';
import { parseSyncRequest } from '../src/webmail/gmail/parse-sync-request';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run -s gmail-sync -- FILE...');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ file, error: `cannot read: ${(error as Error).message}` }));
    continue;
  }
  const reading = parseSyncRequest(body, Date.now());
  if (reading.sends.length === 0 && reading.draftSaves === 0 && reading.problems.length > 0) {
    failed = true;
    console.log(JSON.stringify({ file, error: reading.problems.join('; ') }));
    continue;
  }
  console.log(
    JSON.stringify({
      file,
      sends: reading.sends.map((send) => ({
        threadId: send.threadId,
        messageId: send.messageId,
        subject: send.subject,
        from: send.from.email,
        to: send.to.map((address) => address.email),
      })),
      draftSaves: reading.draftSaves,
    }),
  );
}
process.exit(failed ? 1 : 0);
