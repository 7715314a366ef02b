// The learner's answers to the study questions, kept in this browser only (localStorage), never sent anywhere.
// Whatever is stored is read defensively: another version's data, a hand-edited value or a storage that refuses
// access (a sandboxed iframe, private mode) gives an empty record, never an exception.
import { QUESTIONS, type Question } from './questions';

const KEY = 'ml-playground:study:v1';

/** Question id → the index of the choice the learner committed to. */
export type Progress = Record<string, number>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadProgress(): Progress {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const known = new Map(QUESTIONS.map((q) => [q.id, q]));
    const out: Progress = {};
    for (const [id, v] of Object.entries(parsed)) {
      const q = known.get(id);
      if (q && Number.isInteger(v) && (v as number) >= 0 && (v as number) < q.choices.length) out[id] = v as number;
    }
    return out;
  } catch {
    return {};
  }
}

function store(p: Progress): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(p));
  } catch {
    // storage full or refused: the answer still shows for this visit
  }
}

export function saveAnswer(progress: Progress, id: string, choice: number): Progress {
  const next = { ...progress, [id]: choice };
  store(next);
  return next;
}

export function resetProgress(): Progress {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing stored, nothing to clear
  }
  return {};
}

/** How many of these questions are answered, and how many of those rightly. */
export function tally(progress: Progress, questions: Question[]): { total: number; answered: number; right: number } {
  let answered = 0, right = 0;
  for (const q of questions) {
    if (!(q.id in progress)) continue;
    answered++;
    if (progress[q.id] === q.answer) right++;
  }
  return { total: questions.length, answered, right };
}
