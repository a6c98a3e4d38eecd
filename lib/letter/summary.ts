import type { LetterProblem, LetterSummary, ParsedLetter } from './schema';

/** The CLI / corpus view: letter {number, date, sender, subject, role}, people (with the action asked for each), problems. */
export function summarize(p: ParsedLetter): LetterSummary & { problems: LetterProblem[] } {
  const { number, date, sender, subject, role } = p.letter;
  return {
    letter: { number, date, sender, subject, role },
    people: p.people.map(({ name, nip, position, email, phone, action }) => ({ name, nip, position, email, phone, action })),
    problems: p.problems,
  };
}
