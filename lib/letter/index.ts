export { parseLetter } from './parse';
export { addPerson, findProblems, recheck, removePerson } from './problems';
export * from './schema';
export { checkEmail, checkNip, checkPhone, findDates, isRealDate, parseIndonesianDate, type Checked, type FoundDate, type NipCheck, type NipParts } from './validate';
export { summarize } from './summary';
export { extractText, ACCEPTED_EXTENSIONS, SCANNED_PDF_MESSAGE, type Extracted, type FileLike } from '../documents';
export * from './limits';
