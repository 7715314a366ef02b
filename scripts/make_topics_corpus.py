"""Writes datasets/topics-corpus.tsv: 300 short documents on five themes, written for ml-playground.

Deterministic (random.Random(14)): hand-written vocabularies and sentence templates per theme; each document
is two to four sentences from its main theme, and one in four documents borrows one sentence from a second
theme (so the documents are mixtures, as LDA assumes). Run with /usr/bin/python3 scripts/make_topics_corpus.py.
Format: a header line `theme<TAB>text`, then one document per line.
"""
import hashlib
import random

THEMES = {
    'space': {
        'nouns': ['telescope', 'planet', 'orbit', 'galaxy', 'comet', 'astronaut', 'rocket', 'moon', 'star',
                  'nebula', 'satellite', 'asteroid', 'spacecraft', 'eclipse', 'observatory', 'crater'],
        'verbs': ['orbits', 'launches', 'observes', 'photographs', 'circles', 'detects'],
        'adjs': ['distant', 'bright', 'icy', 'lunar', 'solar', 'faint'],
        'templates': [
            'The {adj} {noun} {verb} the {noun2} every night.',
            'An astronaut saw a {adj} {noun} from the {noun2}.',
            'Our {noun} {verb} a {adj} {noun2} beyond the moon.',
            'Astronomers used the {noun} to study the {adj} {noun2}.',
            'A rocket carried the {noun} into orbit around the {noun2}.',
        ],
    },
    'cooking': {
        'nouns': ['recipe', 'oven', 'flour', 'butter', 'garlic', 'onion', 'sauce', 'pasta', 'soup', 'bread',
                  'pepper', 'kitchen', 'spoon', 'dough', 'cheese', 'tomato'],
        'verbs': ['bakes', 'stirs', 'chops', 'simmers', 'tastes', 'roasts'],
        'adjs': ['fresh', 'crispy', 'spicy', 'creamy', 'golden', 'salty'],
        'templates': [
            'The chef {verb} the {adj} {noun} with {noun2}.',
            'Add {adj} {noun} to the {noun2} and stir slowly.',
            'This recipe {verb} {noun} in the oven until {adj}.',
            'My grandmother {verb} {adj} {noun} and {noun2} in her kitchen.',
            'Season the {noun} with {noun2} before it simmers.',
        ],
    },
    'football': {
        'nouns': ['goal', 'striker', 'referee', 'match', 'stadium', 'penalty', 'league', 'coach', 'defender',
                  'keeper', 'season', 'fans', 'ball', 'pitch', 'tournament', 'trophy'],
        'verbs': ['scores', 'kicks', 'defends', 'wins', 'saves', 'tackles'],
        'adjs': ['late', 'decisive', 'home', 'away', 'stunning', 'final'],
        'templates': [
            'The striker {verb} a {adj} {noun} in the {noun2}.',
            'Fans in the stadium cheered the {adj} {noun} of the {noun2}.',
            'The keeper {verb} a {noun} during the {adj} match.',
            'Our coach praised the {noun} after the {adj} {noun2}.',
            'The referee gave a {adj} penalty and the {noun} {verb} the {noun2}.',
        ],
    },
    'garden': {
        'nouns': ['garden', 'seeds', 'soil', 'roses', 'compost', 'weeds', 'tulips', 'shovel', 'hedge', 'leaves',
                  'roots', 'lawn', 'bulbs', 'greenhouse', 'orchard', 'blossom'],
        'verbs': ['plants', 'waters', 'prunes', 'digs', 'grows', 'mulches'],
        'adjs': ['green', 'wet', 'sunny', 'fertile', 'shady', 'blooming'],
        'templates': [
            'She {verb} {adj} {noun} along the {noun2}.',
            'The gardener {verb} the {noun} near the {adj} {noun2}.',
            'Spread {noun} over the {adj} soil before planting {noun2}.',
            'In spring the {noun} grows beside the {adj} {noun2}.',
            'He {verb} the {noun} and pulls {noun2} from the lawn.',
        ],
    },
    'music': {
        'nouns': ['guitar', 'melody', 'concert', 'piano', 'orchestra', 'drummer', 'violin', 'chord', 'album',
                  'singer', 'rhythm', 'song', 'band', 'choir', 'symphony', 'lyrics'],
        'verbs': ['plays', 'sings', 'composes', 'records', 'tunes', 'performs'],
        'adjs': ['loud', 'gentle', 'acoustic', 'live', 'catchy', 'slow'],
        'templates': [
            'The band {verb} a {adj} {noun} at the {noun2}.',
            'A singer {verb} the {adj} {noun} with the {noun2}.',
            'The orchestra {verb} a {noun} for the {adj} concert.',
            'She {verb} the {noun} on her {adj} {noun2}.',
            'Their new album has a {adj} {noun} and a {noun2}.',
        ],
    },
}
N_DOCS = 300


def sentence(rng, theme):
    t = THEMES[theme]
    nouns = rng.sample(t['nouns'], 2)
    return rng.choice(t['templates']).format(
        noun=nouns[0], noun2=nouns[1], verb=rng.choice(t['verbs']), adj=rng.choice(t['adjs']))


def main():
    rng = random.Random(14)
    names = list(THEMES)
    lines = ['theme\ttext']
    for i in range(N_DOCS):
        theme = names[i % len(names)]
        sentences = [sentence(rng, theme) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.25:
            other = rng.choice([n for n in names if n != theme])
            sentences.insert(rng.randint(0, len(sentences)), sentence(rng, other))
        lines.append(theme + '\t' + ' '.join(sentences))
    text = '\n'.join(lines) + '\n'
    with open('datasets/topics-corpus.tsv', 'w') as f:
        f.write(text)
    print('wrote datasets/topics-corpus.tsv', N_DOCS, 'documents, sha256', hashlib.sha256(text.encode()).hexdigest())


if __name__ == '__main__':
    main()
