/** Compile a route URL pattern (`/admin/auditor/edit/:id`) to a case-insensitive anchored RegExp. */
export function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body === '' ? '/' : body}/?$`, 'i');
}
