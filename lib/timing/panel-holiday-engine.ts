/**
 * The panel's stand-in for the `date-holidays` package (aliased in wxt.config.ts for the panel
 * build only: the engine and its astronomy tables are ~300 KB the SPSE tab should not parse).
 * The panel's calendar carries the national holidays the background computed
 * (WorkCalendar.national); a year outside that table fails loudly rather than counting wrong.
 */
export default class Holidays {
  constructor(_country?: string) {}
  getHolidays(year: number): never {
    throw new Error(`Hari libur nasional tahun ${year} tidak tersedia di panel; buka laporan untuk menghitungnya.`);
  }
}
