import { defineManifest } from '@crxjs/vite-plugin';
import { FUNDER_MATCHES } from './funder-sites.ts';

/**
 * Public half of a throwaway key, used only when FUNDWATCH_TEST_KEY=1 so tests can address a fixed
 * extension id. The store build carries no `key`.
 */
/** Pages that may link to the extension: the app served on this computer (any port: `npm start -- --port P`). */
export const APP_LINK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

const TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkvGuIj1aMaIRsvOJpUvdOYYv0kOcxxEIHSqH8nN2QIT0Z81v+IwxhcoawJ3TiJ60GLoGP55WtdKTUUbVSYWHyaT0s3do/ZhkxlrucsGfR9HPNGmVVvsfIyBfWUhDQfbLpEOK+nf7gsnzojqLMl0aaRXUV8azrRr3uB6Kcy1zKjvrgFJhJOt4kwKwONDm640ksSfxZM6wDZyXLO+dUq3Xv/Nkj2fUC0ulocYcZn3psZ9842B+krQe9fToU36Ieqz8ERJZClc0onfQ8wgvQKB2IayZxizajHJibLFkK9iJjiaeaNVEHBbpwGFAWriWsCfwpjtWSPwlDI3S0G1eOhRPzwIDAQAB';

const ICONS = {
  16: 'extension/icons/icon-16.png',
  32: 'extension/icons/icon-32.png',
  48: 'extension/icons/icon-48.png',
  128: 'extension/icons/icon-128.png',
};

export default defineManifest(() => ({
  manifest_version: 3,
  // Names and descriptions from _locales (Swedish first, English for English browsers).
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  version: '0.1.0',
  default_locale: 'sv',
  ...(process.env.FUNDWATCH_TEST_KEY === '1' ? { key: TEST_KEY } : {}),
  minimum_chrome_version: '120',
  background: { service_worker: 'extension/background/index.ts', type: 'module' },
  action: {
    default_popup: 'extension/popup/index.html',
    default_title: '__MSG_actionTitle__',
    default_icon: ICONS,
  },
  // A keyboard shortcut for the popup (the user can change it at chrome://extensions/shortcuts).
  commands: {
    _execute_action: {
      suggested_key: { default: 'Alt+Shift+F', mac: 'Alt+Shift+F' },
      description: '__MSG_commandOpenPopup__',
    },
  },
  options_page: 'extension/options/index.html',
  permissions: ['storage', 'alarms', 'notifications', 'scripting'],
  host_permissions: FUNDER_MATCHES,
  // Any one site the user adds, asked for at run time from the options page (never granted up front).
  optional_host_permissions: ['*://*/*'],
  // The app on this computer (`npm start`: 127.0.0.1:4173, or another port) may open a port to the extension, so
  // both keep one watchlist and profile without a server. Only loopback pages; the worker checks the origin again.
  externally_connectable: { matches: APP_LINK_MATCHES },
  content_scripts: [
    {
      matches: FUNDER_MATCHES,
      js: ['extension/content/main.iife.ts'],
      run_at: 'document_idle',
    },
  ],
  icons: ICONS,
}));
