import type { Lang } from '../i18n';
import type { Settings } from '../log/schema';
import type { CsvDecimal, CsvSeparator } from './csv';

/**
 * Which CSV an office's spreadsheet opens without fixing. Excel and LibreOffice with an
 * Indonesian locale (id-ID) split on `;` and read `76,9` as a number; with `,` as separator the
 * decimal mark must be `.`. The setting `auto` follows the interface language.
 */
export type CsvSeparatorSetting = Settings['csvSeparator'];
export type CsvDialect = { separator: CsvSeparator; decimal: CsvDecimal };

export function csvDialect(setting: CsvSeparatorSetting | undefined, lang: Lang): CsvDialect {
  const separator: CsvSeparator = setting === ',' || setting === ';' ? setting : lang === 'id' ? ';' : ',';
  return { separator, decimal: separator === ';' ? ',' : '.' };
}
