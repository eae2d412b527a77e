/**
 * Code loaded on first use (a view, the data layer), asked for once and kept once it has come. A load that failed
 * (offline, a dropped connection) is not kept: the next call asks the server again, so the app works again without
 * a reload as soon as the file can be fetched.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
