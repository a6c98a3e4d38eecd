import type { Lang } from '../../lib/i18n';
import type { OfficeTimeZone } from '../../lib/export/dates';
import { columnHeaders, tableTextRows, type Table } from '../../lib/export/table';

/** A report table on screen, formatted exactly as the print view formats it. */
export function DataTable<R>({ table, timeZone, lang, testId }: { table: Table<R>; timeZone: OfficeTimeZone; lang: Lang; testId?: string }) {
  const numeric = table.columns.map((c) => c.kind === 'int' || c.kind === 'number' || c.kind === 'percent');
  return (
    // A scrolling region is reachable by keyboard (focusable, named by the table's title).
    <div className="table-wrap" tabIndex={0} role="region" aria-label={lang === 'en' ? table.title.en : table.title.id}>
      <table data-testid={testId}>
        <thead>
          <tr>
            {columnHeaders(table.columns, lang).map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...tableTextRows(table, timeZone, 'print', lang)].map((cells, r) => (
            <tr key={r}>
              {cells.map((v, i) => (
                <td key={i} className={numeric[i] ? 'num' : undefined}>
                  {v === null || v === undefined ? '' : String(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
