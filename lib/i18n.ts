/** Interface strings: Bahasa Indonesia first, English second. */
export type Lang = 'id' | 'en';

export function pick<T>(lang: Lang, strings: { id: T; en: T }): T {
  return strings[lang] ?? strings.id;
}

/** Build a typed translator over a dictionary `{ key: { id, en } }`. */
export function makeT<D extends Record<string, { id: string; en: string }>>(dict: D) {
  return (lang: Lang, key: keyof D, vars?: Record<string, string | number>): string => {
    let s = dict[key][lang] ?? dict[key].id;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
