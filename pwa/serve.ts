/**
 * `npm start`: serves the production build of the PWA (vite preview, --mode pwa) on a fixed local address,
 * building it first when dist/pwa is missing, and prints the address.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

export const HOST = '127.0.0.1';
export const PORT = 4173;
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

if (!existsSync(fileURLToPath(new URL('../dist/pwa/index.html', import.meta.url)))) {
  console.log('Fundwatch: dist/pwa saknas – bygger PWA:n först (vite build --mode pwa)…');
  await build({ configFile, mode: 'pwa', logLevel: 'warn' });
}

const server = await preview({
  configFile,
  mode: 'pwa',
  preview: { host: HOST, port: PORT, strictPort: true, open: false },
});
const url = `http://${HOST}:${PORT}/`;
console.log(`\nFundwatch körs på ${url}  (Fundwatch is running at ${url})\nAvsluta med Ctrl+C.`);
const stop = () => server.httpServer.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
