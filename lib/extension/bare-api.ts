/**
 * The few extension calls the bootstrap makes, without the webextension polyfill (issue 14: the
 * bootstrap stays a few KiB). Firefox has `browser`; Chrome MV3's `chrome` returns promises too.
 */
export type BareApi = {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest?(): { version: string } };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
};

export function bareApi(): BareApi {
  const g = globalThis as { browser?: BareApi; chrome?: BareApi };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('Pandu: no extension API here');
  return api;
}
