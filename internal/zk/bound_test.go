package zk

import (
	"math/big"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// trueOutput is what a dense model's last layer computes without wrapping (one hidden ReLU layer at
// most), for comparison with the int64 reference.
func trueDense(q *QModel, x []int64) []*big.Int {
	a := make([]*big.Int, len(x))
	for i, v := range x {
		a[i] = big.NewInt(v)
	}
	for l, d := range q.Layers {
		out := make([]*big.Int, len(d.W))
		for j, r := range d.W {
			s := big.NewInt(d.B[j])
			for i, w := range r {
				s.Add(s, new(big.Int).Mul(big.NewInt(w), a[i]))
			}
			if l < len(q.Layers)-1 {
				s.Rsh(s, uint(q.WFrac)) // floor, as the reference's arithmetic shift
				if s.Sign() < 0 {
					s.SetInt64(0)
				}
			}
			out[j] = s
		}
		a = out
	}
	return a
}

// TestValidateRefusesWrappingFormats: a model publisher hands miners and validators a quantized model
// whose int64 reference wraps for admissible inputs (the circuit, in the field, does not). Before the
// fix Validate accepted it; the reference's answer below is then wrong.
func TestValidateRefusesWrappingFormats(t *testing.T) {
	const lo = -1 << 31 // the most negative 32-bit input and weight
	logreg := &QModel{Kind: KindLogReg, InFrac: 8, InBits: 32, WFrac: 8, WBits: 32, ActBits: 32,
		Layers: []QDense{{W: [][]int64{{lo, lo}}, B: []int64{0}}}}
	x := []int64{lo, lo}
	got, err := logreg.Infer(x)
	if err != nil {
		t.Fatal(err)
	}
	if want := trueDense(logreg, x); want[0].IsInt64() && want[0].Int64() == got[0] {
		t.Fatalf("the reference did not wrap (%d): the test model is wrong", got[0])
	}
	// 2 * 2^31 * 2^31 = 2^63: one past int64.
	err = logreg.Validate()
	if cohort.Code(err) != cohort.EInvalid || !strings.Contains(fmtErr(err), "layer 0") || !strings.Contains(fmtErr(err), "int64") {
		t.Fatalf("a logreg whose accumulator reaches 2^63: %v", err)
	}
	if _, err := CompileWith(logreg, Options{Variant: VariantBinary}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("compiled a wrapping model: %v", err)
	}
	// One weight smaller: 2^62 + 2^31 (2^31 - 1) <= 2^63 - 1, accepted, and the reference is exact.
	ok := *logreg
	ok.Layers = []QDense{{W: [][]int64{{lo, 1<<31 - 1}}, B: []int64{0}}}
	if err := ok.Validate(); err != nil {
		t.Fatalf("a model just inside int64: %v", err)
	}
	for _, x := range [][]int64{{lo, lo}, {lo, 1<<31 - 1}, {1<<31 - 1, lo}} {
		got, err := ok.Infer(x)
		if err != nil || trueDense(&ok, x)[0].Cmp(big.NewInt(got[0])) != 0 {
			t.Fatalf("input %v: reference %v (%v), exact %s", x, got, err, trueDense(&ok, x)[0])
		}
	}

	// An MLP whose first layer fits but whose second overflows on the first's activations.
	mlp := &QModel{Kind: KindMLP, InFrac: 1, InBits: 32, WFrac: 1, WBits: 32, ActBits: 63,
		Layers: []QDense{
			{W: [][]int64{{lo}}, B: []int64{0}},
			{W: [][]int64{{1<<31 - 1}, {-3}}, B: []int64{0, 0}},
		}}
	x1 := []int64{lo}
	got, err = mlp.Infer(x1)
	if err != nil {
		t.Fatal(err)
	}
	if want := trueDense(mlp, x1); want[0].IsInt64() && want[0].Int64() == got[0] {
		t.Fatalf("the MLP reference did not wrap (%d)", got[0])
	}
	err = mlp.Validate()
	if cohort.Code(err) != cohort.EInvalid || !strings.Contains(fmtErr(err), "layer 1") {
		t.Fatalf("an MLP whose second layer wraps: %v", err)
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestValidateAcceptsShippedFormats: the default formats of the quantizer stay valid for large models
// (the bound must not refuse what the project ships).
func TestValidateAcceptsShippedFormats(t *testing.T) {
	w := make([][]int64, 128)
	for j := range w {
		w[j] = make([]int64, 784)
		for i := range w[j] {
			w[j][i] = -1 << 15
		}
	}
	b := make([]int64, 128)
	w2 := make([][]int64, 10)
	for j := range w2 {
		w2[j] = make([]int64, 128)
		for i := range w2[j] {
			w2[j][i] = 1<<15 - 1
		}
	}
	q := &QModel{Kind: KindMLP, InFrac: 8, InBits: 16, WFrac: 12, WBits: 16, ActBits: 32,
		Layers: []QDense{{W: w, B: b}, {W: w2, B: make([]int64, 10)}}}
	if err := q.Validate(); err != nil {
		t.Fatalf("a 784-128-10 MLP at full weight range with the default widths: %v", err)
	}
}

// TestValidateBoundsLSTMGates: an LSTM whose gate pre-activations (input and recurrent sums) can
// leave int64 is refused, naming the cell.
func TestValidateBoundsLSTMGates(t *testing.T) {
	const in, hidden = 2, 1
	mat := func(r, c int, v int64) [][]int64 {
		m := make([][]int64, r)
		for i := range m {
			m[i] = make([]int64, c)
			for j := range m[i] {
				m[i][j] = v
			}
		}
		return m
	}
	q := &QModel{Kind: KindLSTM, InFrac: 8, InBits: 32, WFrac: 8, WBits: 32, ActBits: 32, TableBits: 8, Steps: 2,
		LSTM:   []QLSTMLayer{{Wx: mat(4*hidden, in, -1<<31), Wh: mat(4*hidden, hidden, 1), B: make([]int64, 4*hidden)}},
		Layers: []QDense{{W: mat(1, hidden, 1), B: []int64{0}}}}
	err := q.Validate()
	if cohort.Code(err) != cohort.EInvalid || !strings.Contains(fmtErr(err), "lstm 0") {
		t.Fatalf("an LSTM whose gates reach 2^63: %v", err)
	}
	q.LSTM[0].Wx = mat(4*hidden, in, 1<<12)
	if err := q.Validate(); err != nil {
		t.Fatalf("a small LSTM: %v", err)
	}
}
