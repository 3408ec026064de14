// Package bench holds winnow's measurement harnesses.
//
// The quality part scores extracted text and paragraph labels:
//
//   - the article-extraction benchmark's 4-gram shingle metric
//     ([ScoreShingles], [ScorePages]), an exact port of the sh metric of
//     shared/tools/score.py, including its bootstrap standard deviation;
//   - loaders for the benchmark directories ([LoadArticleBenchmark]) and for
//     prediction files ([ReadPredictions]), plus reference baselines
//     ([C4LineFilter]);
//   - per-label precision, recall and F1 with a confusion matrix
//     ([Confusion]), and an aligner ([AlignGold]) that pairs gold and
//     predicted labels when the two sides split the text differently.
package bench
