import { render } from 'preact';
import { PopupApp } from '../src/ui/popup/popup-app';
import '../src/ui/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
