/**
 * The maintainer's probe for Outlook on the web: `npm run -s outlook-service -- [--action NAME] FILE...`
 * reads recorded `service.svc` request bodies and prints, per file, one JSON line with the sends and
 * draft saves the parser finds. Outlook's shapes are unverified (shared/docs/webmail.md): run this on
 * the first real recordings. The action comes from --action (OWA may send it in a header) or the body.
 */
import { readFileSync } from 'node:fs';
import { parseOutlookServiceRequest } from '../src/webmail/outlook/parse-service-request';

const args = process.argv.slice(2);
const actionAt = args.indexOf('--action');
const action = actionAt >= 0 ? (args.splice(actionAt, 2)[1] ?? null) : null;
if (args.length === 0) {
  console.error('usage: npm run -s outlook-service -- [--action CreateItem] FILE...');
  process.exit(2);
}
const url = `https://outlook.office.com/owa/service.svc${action ? `?action=${encodeURIComponent(action)}` : ''}`;
let failed = false;
for (const file of args) {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ file, error: `cannot read: ${(error as Error).message}` }));
    continue;
  }
  const reading = parseOutlookServiceRequest(url, body, Date.now());
  console.log(
    JSON.stringify({
      file,
      sends: reading.sends.map((send) => ({
        threadId: send.threadId,
        messageId: send.messageId,
        subject: send.subject,
        from: send.from?.email ?? null,
        to: send.to.map((address) => address.email),
      })),
      sendsOfSavedDrafts: reading.sendsOfSavedDrafts.length,
      draftSaves: reading.draftSaves,
      problems: reading.problems,
    }),
  );
}
process.exit(failed ? 1 : 0);
