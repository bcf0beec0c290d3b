import { startContent } from '../src/content/start-content';
import { GmailAdapter } from '../src/webmail/gmail/gmail-adapter';

startContent(new GmailAdapter(document));
