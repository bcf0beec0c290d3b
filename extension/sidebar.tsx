import { render } from 'preact';
import { SidebarApp } from '../src/ui/sidebar/sidebar-app';
import '../src/ui/popup/popup.css';

// The content script passes the mail client's theme in the fragment: the page's colours, not the system's.
const theme = /(?:^|[#&])theme=(light|dark)\b/.exec(location.hash)?.[1];
if (theme) document.documentElement.dataset.theme = theme;

render(<SidebarApp />, document.getElementById('app')!);
