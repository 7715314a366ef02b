// The shipped topics corpus (300 short documents on five themes, written for ml-playground by
// scripts/make_topics_corpus.py; see datasets/SOURCES.md), bundled as text (9 kB) by the one route that uses it.
import tsv from '../../../datasets/topics-corpus.tsv?raw';
import { parseTopicsTsv, type TextCorpus } from './text';

let cache: TextCorpus | null = null;

export function loadTopicsCorpus(): TextCorpus {
  cache ??= parseTopicsTsv(tsv);
  return cache;
}
