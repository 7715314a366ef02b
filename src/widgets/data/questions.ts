import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'data-gaps-in-one-column',
    prompt: 'The penguins table has 19 missing cells. You ignore the Sex column. How many missing cells are left?',
    choices: ['About 17: gaps are spread over the columns', '8: more than half of the gaps sat in Sex alone', 'None'],
    answer: 1,
    state: 'ignore=Sex',
    explain:
      'Sex is missing for 11 penguins; the other 8 gaps are two penguins with no measurements at all (4 columns each). Look at where the gaps are before choosing a remedy: dropping every row with a gap would lose 11 of 344 penguins, mostly for one column a model may not need, while the two empty rows carry nothing to impute from.',
    check: [{ metric: 'missing-cells', min: 8, max: 8 }],
  },
  {
    id: 'data-header-as-data',
    prompt: 'You tell the lab that the first row of penguins is data, not column names. What happens?',
    choices: ['Nothing changes', 'One more row, whose “values” are the names: 4 more missing cells, one per number column', 'The table loses a column'],
    answer: 1,
    state: 'header=no',
    explain:
      'The names become row 1 (345 rows), and a name such as “Body Mass (g)” is not a number, so each of the four number columns gets one more unreadable cell (23 missing instead of 19). A header row read as data is a classic silent error: always check the first rows and the column kinds after loading.',
    check: [
      { metric: 'rows', min: 345, max: 345 },
      { metric: 'missing-cells', min: 23, max: 23 },
    ],
  },
];
