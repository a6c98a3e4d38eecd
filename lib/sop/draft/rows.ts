/** One row of an SOP step table as read from a document, before it becomes a catalog step. */
export type RawRow = {
  /** The number printed in the "No" column, when there is one. */
  sourceNo: string | null;
  activity: string;
  /** Lane index → the text in that lane's cell ("Mulai", "√", "◇", a lane name, ...). */
  marks: Map<number, string>;
  requirements: string;
  time: string;
  output: string;
  notes: string;
  /** The whole row's text (all cells), for recognising decisions and markers. */
  raw: string;
  /** Problems found while reading this row (field → message). */
  flags: { field: string; message: string }[];
};

export type TableRead = {
  laneNames: string[];
  rows: RawRow[];
  /** Line index after the table (where the signature block starts). */
  end: number;
  /** Problems about the table as a whole. */
  flags: { field: string; message: string }[];
};

export const emptyRow = (): RawRow => ({ sourceNo: null, activity: '', marks: new Map(), requirements: '', time: '', output: '', notes: '', raw: '', flags: [] });

/** Lines that end an SOP's step table: the signature block, "Selesai" under the chart, the next SOP. */
export const TABLE_END = /^(?:[A-Z][A-Za-z. ]+,\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}$|NIP\b|Nomor SOP\b|PROSEDUR BAKU|STANDAR OPERASIONAL PROSEDUR)/;
