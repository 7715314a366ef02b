import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path; tests/e2e/study.spec.ts opens each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'lda-stop-words',
    prompt: 'The shipped corpus has 4,980 counted tokens with English stop words dropped. Untick “Drop English stop words”. The number of tokens…',
    choices: ['barely changes: stop words are rare', 'grows by about two thirds'],
    answer: 1,
    state: 'stopWords=0',
    explain:
      'Function words (the, a, of, with, and…) are the most frequent words of any English text: keeping them adds 3,340 tokens (8,320 in all), and after sampling they sit at the top of every topic. That is why topic models drop stop words, or rare and ubiquitous words with minDf and maxDf.',
    check: [{ metric: 'tokens', min: 8000 }],
  },
  {
    id: 'lda-eta',
    prompt: 'After 100 sweeps with η = 0.2 the perplexity is about 37. With η = 5 (much flatter topic–word priors), after 100 sweeps the perplexity is…',
    choices: ['lower: a bigger prior smooths the topics', 'higher: every topic blurs towards the overall word frequencies'],
    answer: 1,
    state: 'eta=5&steps=100',
    explain:
      'η adds pseudo-counts to every word of every topic. At η = 5 these outweigh the few real counts of most words, so each topic spreads its probability over the whole vocabulary and predicts the words of its documents worse (perplexity about 57). On the map the circles drift towards each other.',
    check: [{ metric: 'perplexity', min: 50 }],
  },
];
