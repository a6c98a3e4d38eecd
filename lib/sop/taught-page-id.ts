/**
 * Taught page ids (`taught:satuan-kerja`), without zod: the panel imports this; schema.ts builds
 * taughtPageIdSchema from the same rule and re-exports these.
 */
export const TAUGHT_PREFIX = 'taught:';
export const TAUGHT_PAGE_ID = /^taught:[a-z0-9]+(-[a-z0-9]+)*$/;
export const TAUGHT_PAGE_ID_MAX = 80;

/** The rule of taughtPageIdSchema (schema.ts), as a plain check. */
export function isTaughtPageId(id: string): id is `taught:${string}` {
  return id.length <= TAUGHT_PAGE_ID_MAX && TAUGHT_PAGE_ID.test(id);
}

/** `Satuan Kerja (Admin PPE)` → `taught:satuan-kerja-admin-ppe`; null when the name has no letter or digit. */
export function taughtPageIdFor(name: string): `taught:${string}` | null {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TAUGHT_PAGE_ID_MAX - TAUGHT_PREFIX.length)
    .replace(/-+$/, '');
  return slug ? `taught:${slug}` : null;
}
