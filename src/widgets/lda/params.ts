import { defineSchema, type Values } from '../../params';

// The LDA widget's settings. The corpus is the shipped one (300 documents on five themes) unless the learner
// chooses or pastes their own text (a file reference: the text itself never goes into a link). The selected topic,
// λ and term are view rows, as LDAvis keeps them in its URL.
export const MAX_TOPICS = 12;

export const schema = defineSchema([
  { name: 'text', affects: 'data', type: 'file', default: null, accept: '.txt,text/plain', maxBytes: 1_000_000, label: 'Your documents', help: 'A plain-text file, one document per line (or paste text below). Without one, the shipped corpus: 300 short documents on five themes. The text stays in this page: links never carry it.', group: 'Corpus' },
  { name: 'stopWords', affects: 'data', type: 'bool', default: true, label: 'Drop English stop words', help: 'Remove scikit-learn’s 318 English stop words (the, and, of, …) before counting. Without this, the most frequent function words fill every topic.', group: 'Corpus' },
  { name: 'minDf', affects: 'data', type: 'int', default: 2, min: 1, max: 20, label: 'minDf', help: 'Ignore words found in fewer documents than this number (CountVectorizer’s min_df). Rare words add noise and slow sampling.', group: 'Corpus' },
  { name: 'maxDf', affects: 'data', type: 'number', default: 1, min: 0.05, max: 1, step: 0.05, label: 'maxDf', help: 'A share of the documents (0.05 to 1): ignore words found in more than this share of the documents (max_df): words everywhere say nothing about topics.', group: 'Corpus' },
  { name: 'method', affects: 'model', type: 'enum', default: 'gibbs', options: [{ value: 'gibbs', label: 'Collapsed Gibbs sampling' }, { value: 'batch', label: 'Batch variational Bayes (scikit-learn)' }], label: 'Method', help: 'Gibbs: every token carries a sampled topic, redrawn once per sweep (the words’ colours are the sampler’s state). Batch variational: scikit-learn’s learning_method=\'batch\', one EM iteration over all documents per step; a word is coloured by its most likely topic.', group: 'Model' },
  { name: 'k', affects: 'model', type: 'int', default: 5, min: 1, max: MAX_TOPICS, label: 'Topics (nComponents)', help: 'How many topics the model looks for. The shipped corpus was written on five themes.', group: 'Model' },
  { name: 'alpha', affects: 'model', type: 'number', default: 0.2, min: 0.01, max: 10, scale: 'log', label: 'α (docTopicPrior)', help: 'The Dirichlet prior on each document’s topic mixture. Small α: each document keeps to one or two topics; large α: every document mixes all topics. scikit-learn’s default is 1/K.', group: 'Model' },
  { name: 'eta', affects: 'model', type: 'number', default: 0.2, min: 0.001, max: 10, scale: 'log', label: 'η (topicWordPrior)', help: 'The Dirichlet prior on each topic’s word distribution. Small η: topics use few, distinctive words; large η: topics blur into the overall word frequencies. scikit-learn’s default is 1/K.', group: 'Model' },
  { name: 'seed', affects: 'model', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The random start (Gibbs: every token gets a random topic, then the sampler’s draws; batch: the Gamma(100, 1/100) starting values): the same seed gives the same run.', group: 'Model' },
  { name: 'speed', affects: 'view', type: 'int', default: 2, min: 1, max: 20, label: 'Iterations per frame', help: 'Gibbs sweeps or variational iterations per animation frame while playing (at most 8 ms of work per frame; a large corpus spreads one iteration over several frames).', group: 'Model' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 2000, hidden: true, label: 'Iterations done', help: 'Gibbs sweeps or variational iterations already run: a shared link replays them to the same state.' },
  { name: 'topic', affects: 'view', type: 'int', default: 1, min: 0, max: MAX_TOPICS, hidden: true, label: 'Selected topic', help: 'The topic whose words are shown (1 … K, as LDAvis numbers them; 0 = none: the corpus’ most frequent words).' },
  { name: 'lambda', affects: 'view', type: 'number', default: 0.6, min: 0, max: 1, step: 0.01, hidden: true, label: 'Relevance λ', help: 'LDAvis’s relevance: rank words by λ·log p(w|t) + (1 − λ)·log(p(w|t)/p(w)). λ = 1 ranks by probability in the topic; λ = 0 by lift (words special to the topic).' },
  { name: 'term', affects: 'view', type: 'enum', default: '', options: 'runtime', hidden: true, label: 'Selected term', help: 'A word whose spread over the topics the map shows (click a word’s bar).' },
  { name: 'doc', affects: 'view', type: 'int', default: 1, min: 1, max: 100000, hidden: true, label: 'Document', help: 'The document shown with its words coloured by topic (1 = the first line).' },
] as const);

export type Params = Values<typeof schema>;
