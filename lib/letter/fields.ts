/**
 * The letter's closed lists and field paths, without zod (the panel imports them; the schemas in
 * schema.ts are built from them and re-export them).
 */
export const letterRoles = ['auditor', 'ppk', 'pp', 'pokja', 'admin-agency', 'verifikator', 'helpdesk', 'password-reset'] as const;

/**
 * What the letter asks for one person: a new account, a password reset, the account closed
 * (the outgoing person of a replacement letter), or its data changed.
 */
export const requestActions = ['create', 'reset', 'deactivate', 'change'] as const;

export const applicantFields = ['name', 'nip', 'position', 'email', 'phone'] as const;
export type ApplicantField = (typeof applicantFields)[number];

export function fieldPath(person: number, field: ApplicantField): string {
  return `people[${person}].${field}`;
}
