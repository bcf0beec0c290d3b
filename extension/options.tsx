import { render } from 'preact';
import { OptionsApp } from '../src/ui/options/options-app';
import '../src/ui/popup/popup.css';

render(<OptionsApp />, document.getElementById('app')!);
