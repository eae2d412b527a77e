import { failedCodeFile, importAgain } from './import-again.ts';

/**
 * Code loaded on first use (a view, the data layer), asked for once and kept once it has come. A load that failed
 * (offline, a dropped connection) is not kept: the next call asks the server again, so the app works again without
 * a reload as soon as the file can be fetched. `load` is the bare `() => import('…')`: a retry imports the file the
 * failure named under a new address (Chromium never fetches a failed address again, see import-again.ts), and what
 * comes back must be the module itself.
 */
export function loadOnce<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  let failedFile: URL | undefined;
  let retries = 0;
  return () => {
    loading ??= (failedFile ? importAgain<M>(failedFile, ++retries) : load()).catch((error: unknown) => {
      loading = undefined;
      // A failure that names no file of ours: the next call asks as the first did (a browser that keeps no failures).
      failedFile = failedCodeFile(error);
      throw error;
    });
    return loading;
  };
}
