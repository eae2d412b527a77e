import { render } from 'preact';
import { Popup } from './Popup.tsx';

const view = new URLSearchParams(location.search).get('view') === 'digest' ? 'digest' : 'popup';
if (view === 'digest') document.body.style.width = 'auto';
render(<Popup view={view} />, document.getElementById('app')!);
