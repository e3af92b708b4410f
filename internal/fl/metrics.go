package fl

import (
	"math"
	"sort"

	"github.com/cohort-net/cohort/internal/dataset"
)

// Metrics are a model's scores on a labelled data set.
type Metrics struct {
	Accuracy  float64  `json:"accuracy"`
	LogLoss   float64  `json:"log_loss"`
	AUC       *float64 `json:"auc,omitempty"` // binary tasks only
	Confusion [][]int  `json:"confusion"`     // Confusion[true][predicted]
}

// Evaluate scores m on d: accuracy, mean log-loss (probabilities clipped to [1e-15, 1-1e-15]), ROC AUC
// for two classes, and the confusion matrix.
func Evaluate(m *Model, d *dataset.Dataset) Metrics {
	c := m.Spec.Classes
	met := Metrics{Confusion: make([][]int, c)}
	for i := range met.Confusion {
		met.Confusion[i] = make([]int, c)
	}
	if d == nil || d.N == 0 || d.D != m.Spec.Inputs {
		return met
	}
	p := m.Predict(d.X, d.N)
	correct := 0
	ll := 0.0
	for i := range d.N {
		row := p[i*c : (i+1)*c]
		best := Class(row)
		y := d.Y[i]
		if y < 0 || y >= c {
			continue
		}
		if best == y {
			correct++
		}
		met.Confusion[y][best]++
		ll -= math.Log(min(max(row[y], 1e-15), 1-1e-15))
	}
	met.Accuracy = float64(correct) / float64(d.N)
	met.LogLoss = ll / float64(d.N)
	if c == 2 {
		score := make([]float64, d.N)
		for i := range score {
			score[i] = p[2*i+1]
		}
		if a, ok := AUC(score, d.Y); ok {
			met.AUC = &a
		}
	}
	return met
}

// AUC returns the area under the ROC curve of scores for labels in {0,1} (the Mann-Whitney statistic
// with ties counted half), and false when one class is absent.
func AUC(score []float64, y []int) (float64, bool) {
	idx := make([]int, len(score))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] < score[idx[b]] })
	var pos, neg float64
	rankSum := 0.0
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && score[idx[j]] == score[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2 // mean of ranks i+1..j
		for k := i; k < j; k++ {
			if y[idx[k]] == 1 {
				rankSum += avg
				pos++
			} else {
				neg++
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return 0, false
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg), true
}

// Class returns the predicted class of a model's output: the index of the largest score, or for a
// single logit (logistic regression before its sigmoid, as encrypted and proven inference return it)
// 1 when it is positive. Every package that turns scores into a class uses this one.
func Class[T int64 | float64](scores []T) int {
	if len(scores) == 1 {
		if scores[0] > 0 {
			return 1
		}
		return 0
	}
	best := 0
	for i := range scores {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return best
}
