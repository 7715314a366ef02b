// scikit-learn's sklearn.feature_extraction: turning raw data (text) into feature counts.
export * from './text';
