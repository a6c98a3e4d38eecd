import type { Lang } from '../i18n';
import { ATTRIBUTE_LABELS } from '../spse/attributes';
import type { PersonAttribute } from '../spse/routes';

/** One table of attribute names for the whole extension (lib/spse/attributes). */
export { ATTRIBUTE_LABELS };

/** The visible name of a person attribute (the plan carries the Indonesian one). */
export function attributeLabel(attribute: PersonAttribute, lang: Lang = 'id'): string {
  const l = ATTRIBUTE_LABELS[attribute];
  return l ? (l[lang] ?? l.id) : attribute;
}
