/** Working calendar, elapsed working time, mutu baku verdicts and case progress. Pure; no I/O. */
export * from './calendar';
export * from './verdict';
export * from './window';
export * from './progress';
export * from './held';
export * from './clock';
export * from './date-window';
