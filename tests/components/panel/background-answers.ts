/**
 * What a quiet background answers the panel's start requests with: component tests that mock
 * lib/messaging/client answer these, and hold or delay the requests they are about.
 */
export function quietAnswer(type: string, payload: { from?: number; to?: number }): Promise<unknown> {
  if (type === 'sop.list') return Promise.resolve({ sops: [] });
  if (type === 'case.list') return Promise.resolve({ cases: [], summaries: [] });
  if (type === 'settings.get') return Promise.resolve({ settings: null });
  if (type === 'calendar.national') return Promise.resolve({ from: payload.from, to: payload.to, dates: [] });
  if (type === 'profile.list') return Promise.resolve({ profiles: [] });
  return Promise.resolve({});
}
