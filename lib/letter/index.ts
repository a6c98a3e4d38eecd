export { parseLetter } from './parse';
export { findProblems, recheck } from './problems';
export * from './schema';
export { checkEmail, checkNip, checkPhone, findDates, isRealDate, parseIndonesianDate, type Checked, type FoundDate, type NipCheck, type NipParts } from './validate';
export { summarize } from './summary';
