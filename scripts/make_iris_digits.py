#!/usr/bin/python3
"""Export scikit-learn's bundled iris and 8x8 digits into compact files under datasets/.

Run with the Debian python that has scikit-learn:  /usr/bin/python3 scripts/make_iris_digits.py
Writes:
  datasets/iris.csv              150 rows: sepal_length,sepal_width,petal_length,petal_width,species (0,1,2)
  datasets/digits8x8.bin         1797*64 uint8 pixel intensities 0..16, row-major, image after image
  datasets/digits8x8-labels.bin  1797 uint8 labels 0..9
The loaders in src/core/datasets/ parse exactly these formats.
"""
import hashlib
import os

import numpy as np
from sklearn.datasets import load_digits, load_iris

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'datasets')
os.makedirs(root, exist_ok=True)

iris = load_iris()
with open(os.path.join(root, 'iris.csv'), 'w', newline='\n') as f:
    f.write('sepal_length,sepal_width,petal_length,petal_width,species\n')
    for row, label in zip(iris.data, iris.target):
        # The source values have one decimal; %g keeps them exact and short.
        f.write(','.join('%g' % v for v in row) + ',%d\n' % label)

digits = load_digits()
pixels = digits.data.astype(np.float64)
assert pixels.shape == (1797, 64)
assert np.all(pixels == np.round(pixels)) and pixels.min() >= 0 and pixels.max() <= 16
pixels.astype(np.uint8).tofile(os.path.join(root, 'digits8x8.bin'))
digits.target.astype(np.uint8).tofile(os.path.join(root, 'digits8x8-labels.bin'))

for name in ['iris.csv', 'digits8x8.bin', 'digits8x8-labels.bin']:
    with open(os.path.join(root, name), 'rb') as f:
        data = f.read()
    print(name, len(data), 'bytes sha256', hashlib.sha256(data).hexdigest())
