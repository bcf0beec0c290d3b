import { startContent } from '../src/content/start-content';
import { OutlookAdapter } from '../src/webmail/outlook/outlook-adapter';

startContent(new OutlookAdapter(document));
