import { render } from 'preact';
import { App } from './app.tsx';
import { registerServiceWorker } from './lib/register-sw.ts';
import { boot } from './state/commands.ts';
import { notify } from './state/store.ts';
import './styles.css';

performance.mark('fw:start');
render(<App />, document.getElementById('app')!);
boot().catch((error: unknown) => notify(`Fundwatch: ${(error as Error).message}`, 'error'));
registerServiceWorker();
