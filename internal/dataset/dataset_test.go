package dataset

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

const (
	breastCancer = "../../datasets/breast_cancer.csv"
	digits       = "../../datasets/digits.csv"
)

func TestLoadBundled(t *testing.T) {
	for _, tc := range []struct {
		path, label string
		n, d, c     int
	}{
		{breastCancer, "malignant", 569, 30, 2},
		{digits, "digit", 1797, 64, 10},
	} {
		d, err := LoadCSVFile(tc.path, tc.label)
		if err != nil {
			t.Fatal(err)
		}
		if d.N != tc.n || d.D != tc.d || d.NumClasses() != tc.c || len(d.X) != d.N*d.D || len(d.Features) != d.D {
			t.Errorf("%s: got %d x %d, %d classes", tc.path, d.N, d.D, d.NumClasses())
		}
		if tc.c == 10 && !slices.Equal(d.Classes, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
			t.Errorf("digit classes %v", d.Classes)
		}
	}
}

func TestCSVErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, label string
		want            []string // substrings of the error
	}{
		{"malformed quotes", "a,b,y\n1,\"2,0\n3,4\"x,1\n", "y", []string{"line 2", `"b"`}},
		{"bare quote", "a,b,y\n1,2,0\n3,4\"x,1\n", "y", []string{"line 3", `"b"`}},
		{"short row", "a,b,y\n1,2,0\n3,1\n", "y", []string{"line 3", `"y"`, "2 fields"}},
		{"long row", "a,b,y\n1,2,0,5\n", "y", []string{"line 2", "4 fields"}},
		{"not a number", "a,b,y\n1,2,0\nabc,4,1\n", "y", []string{"line 3", `"a"`, `"abc"`}},
		{"NaN", "a,b,y\n1,NaN,0\n", "y", []string{"line 2", `"b"`, "not finite"}},
		{"Inf", "a,b,y\n1,2,0\n3,-Inf,1\n", "y", []string{"line 3", `"b"`, "not finite"}},
		{"overflow", "a,b,y\n1e999,2,0\n", "y", []string{"line 2", `"a"`, "not finite"}},
		{"missing label column", "a,b,y\n1,2,0\n", "label", []string{"line 1", `"label"`}},
		{"empty cell", "a,b,y\n1,,0\n", "y", []string{"line 2", `"b"`}},
		{"empty label", "a,b,y\n1,2,\n", "y", []string{"line 2", `"y"`}},
		{"empty input", "", "y", []string{"empty"}},
		{"header only", "a,b,y\n", "y", []string{"no rows"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadCSV(strings.NewReader(tc.in), tc.label)
			if err == nil {
				t.Fatal("no error")
			}
			if cohort.Code(err) != cohort.EInvalid {
				t.Errorf("code %q: %v", cohort.Code(err), err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestCSVLabels(t *testing.T) {
	d, err := LoadCSV(strings.NewReader("x,y\n1,10\n2,9\n3,-1\n4,9\n"), "y")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Classes, []string{"-1", "9", "10"}) || !slices.Equal(d.Y, []int{2, 1, 0, 1}) {
		t.Errorf("numeric labels: %v %v", d.Classes, d.Y)
	}
	d, err = LoadCSV(strings.NewReader("y,x\ncat,1\ndog,2\n\nant,3\n"), "y")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Classes, []string{"ant", "cat", "dog"}) || !slices.Equal(d.Y, []int{1, 2, 0}) || d.N != 3 || d.Features[0] != "x" {
		t.Errorf("string labels: %v %v", d.Classes, d.Y)
	}
}

func TestStratifiedSplit(t *testing.T) {
	d, err := LoadCSVFile(digits, "digit")
	if err != nil {
		t.Fatal(err)
	}
	tr, te, err := StratifiedSplit(d, 0.2, 7)
	if err != nil {
		t.Fatal(err)
	}
	if tr.N+te.N != d.N {
		t.Fatalf("sizes %d + %d != %d", tr.N, te.N, d.N)
	}
	all, trc, tec := d.ClassCounts(), tr.ClassCounts(), te.ClassCounts()
	for c := range all {
		want := float64(all[c]) * 0.2
		if diff := float64(tec[c]) - want; diff > 0.5 || diff < -0.5 {
			t.Errorf("class %d: %d of %d in test, want %.1f", c, tec[c], all[c], want)
		}
		if trc[c]+tec[c] != all[c] {
			t.Errorf("class %d: counts do not add up", c)
		}
	}
	tr2, _, _ := StratifiedSplit(d, 0.2, 7)
	if !slices.Equal(tr.Y, tr2.Y) || !slices.Equal(tr.X, tr2.X) {
		t.Error("split not deterministic")
	}
	tr3, _, _ := StratifiedSplit(d, 0.2, 8)
	if slices.Equal(tr.X, tr3.X) {
		t.Error("seed ignored")
	}
	if _, _, err := StratifiedSplit(d, 1, 7); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("fraction 1: %v", err)
	}
}

func TestScalerFitOnTrainOnly(t *testing.T) {
	d, err := LoadCSV(strings.NewReader("a,b,y\n1,5,0\n3,5,1\n100,5,0\n"), "y")
	if err != nil {
		t.Fatal(err)
	}
	train := d.Subset([]int{0, 1})
	test := d.Subset([]int{2})
	s := FitScaler(train)
	if s.Mean[0] != 2 || s.Std[0] != 1 || s.Std[1] != 1 || s.Mean[1] != 5 {
		t.Fatalf("scaler %+v", s)
	}
	st := s.Apply(test)
	if st.X[0] != 98 || st.X[1] != 0 {
		t.Errorf("test standardized with train stats: %v", st.X)
	}
	if test.X[0] != 100 {
		t.Error("Apply modified its input")
	}
	// Federated statistics give the same scaler as pooled data.
	full := FitScaler(d)
	merged := MergeStats(ComputeStats(d.Subset([]int{0})), ComputeStats(d.Subset([]int{1, 2}))).Scaler()
	for j := range full.Mean {
		if abs(full.Mean[j]-merged.Mean[j]) > 1e-12 || abs(full.Std[j]-merged.Std[j]) > 1e-9 {
			t.Errorf("feature %d: pooled %v/%v merged %v/%v", j, full.Mean[j], full.Std[j], merged.Mean[j], merged.Std[j])
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestPartitionIID(t *testing.T) {
	for _, tc := range []struct{ n, parts int }{{100, 10}, {569, 7}, {5, 5}, {3, 1}} {
		ps := PartitionIID(tc.n, tc.parts, 3)
		seen := make([]bool, tc.n)
		for _, p := range ps {
			if len(p) < tc.n/tc.parts || len(p) > tc.n/tc.parts+1 {
				t.Errorf("n=%d parts=%d: part of %d", tc.n, tc.parts, len(p))
			}
			for _, i := range p {
				if seen[i] {
					t.Fatalf("row %d twice", i)
				}
				seen[i] = true
			}
		}
		if slices.Contains(seen, false) {
			t.Errorf("n=%d: a row in no part", tc.n)
		}
	}
}

func TestPartitionDirichlet(t *testing.T) {
	d, err := LoadCSVFile(digits, "digit")
	if err != nil {
		t.Fatal(err)
	}
	for _, alpha := range []float64{0.1, 0.5, 100} {
		ps, err := PartitionDirichlet(d.Y, 10, 20, alpha, 5)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		seen := make([]bool, d.N)
		maxShare := 0.0
		for _, p := range ps {
			if len(p) == 0 {
				t.Fatalf("alpha %v: empty part", alpha)
			}
			total += len(p)
			counts := make([]int, 10)
			for _, i := range p {
				if seen[i] {
					t.Fatalf("row %d twice", i)
				}
				seen[i] = true
				counts[d.Y[i]]++
			}
			maxShare += float64(slices.Max(counts)) / float64(len(p))
		}
		if total != d.N {
			t.Errorf("alpha %v: sizes sum to %d, want %d", alpha, total, d.N)
		}
		maxShare /= 20
		// Label skew: with small alpha the dominant class of a part holds most of it.
		switch {
		case alpha == 0.1 && maxShare < 0.5, alpha == 100 && maxShare > 0.3:
			t.Errorf("alpha %v: mean dominant-class share %.2f", alpha, maxShare)
		}
		t.Logf("alpha %v: mean dominant-class share %.2f", alpha, maxShare)
	}
	// Tiny data: still no empty part.
	ps, err := PartitionDirichlet([]int{0, 0, 0, 1, 1, 1, 1, 0}, 2, 8, 0.05, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if len(p) != 1 {
			t.Errorf("tiny: part sizes %v", ps)
		}
	}
	if _, err := PartitionDirichlet([]int{0, 1}, 2, 3, 0.5, 1); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("more parts than rows: %v", err)
	}
	a, _ := PartitionDirichlet(d.Y, 10, 20, 0.5, 9)
	b, _ := PartitionDirichlet(d.Y, 10, 20, 0.5, 9)
	for i := range a {
		if !slices.Equal(a[i], b[i]) {
			t.Fatal("not deterministic")
		}
	}
}

func idxFile(t testing.TB, gz bool, dims []uint32, data []byte) []byte {
	var b bytes.Buffer
	b.Write([]byte{0, 0, 8, byte(len(dims))})
	for _, d := range dims {
		binary.Write(&b, binary.BigEndian, d)
	}
	b.Write(data)
	if !gz {
		return b.Bytes()
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(b.Bytes())
	w.Close()
	return z.Bytes()
}

func TestIDX(t *testing.T) {
	dir := t.TempDir()
	img := idxFile(t, true, []uint32{3, 2, 2}, []byte{0, 255, 51, 0, 1, 2, 3, 4, 5, 6, 7, 8})
	lab := idxFile(t, false, []uint32{3}, []byte{2, 0, 1})
	os.WriteFile(filepath.Join(dir, "i"), img, 0o644)
	os.WriteFile(filepath.Join(dir, "l"), lab, 0o644)
	d, err := LoadIDX(filepath.Join(dir, "i"), filepath.Join(dir, "l"))
	if err != nil {
		t.Fatal(err)
	}
	if d.N != 3 || d.D != 4 || d.X[1] != 1 || d.X[2] != 0.2 || !slices.Equal(d.Y, []int{2, 0, 1}) || d.NumClasses() != 3 {
		t.Errorf("decoded %+v", d)
	}
	for name, tc := range map[string][2][]byte{
		"truncated":    {idxFile(t, false, []uint32{3, 2, 2}, make([]byte, 11)), lab},
		"trailing":     {idxFile(t, false, []uint32{3, 2, 2}, make([]byte, 13)), lab},
		"label count":  {img, idxFile(t, false, []uint32{2}, []byte{0, 1})},
		"huge header":  {idxFile(t, false, []uint32{1 << 30, 1 << 30}, nil), lab},
		"bad magic":    {[]byte{1, 2, 3, 4}, lab},
		"wrong type":   {[]byte{0, 0, 0x0d, 1, 0, 0, 0, 0}, lab},
		"bad gzip":     {[]byte{0x1f, 0x8b, 0, 0}, lab},
		"empty images": {nil, lab},
	} {
		if _, err := DecodeIDX(bytes.NewReader(tc[0]), bytes.NewReader(tc[1])); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestFashionMNIST(t *testing.T) {
	if _, err := os.Stat(filepath.Join(DefaultFashionMNISTDir, "t10k-labels-idx1-ubyte.gz")); err != nil {
		t.Skip("Fashion-MNIST not installed (apt-get install dataset-fashion-mnist)")
	}
	if testing.Short() {
		t.Skip("loads 60,000 images")
	}
	tr, te, err := LoadFashionMNIST("")
	if err != nil {
		t.Fatal(err)
	}
	if tr.N != 60000 || te.N != 10000 || tr.D != 784 || tr.NumClasses() != 10 {
		t.Errorf("got %d/%d x %d, %d classes", tr.N, te.N, tr.D, tr.NumClasses())
	}
	if _, _, err := LoadFashionMNIST(t.TempDir()); cohort.Code(err) != cohort.ENotFound {
		t.Errorf("empty dir: %v", err)
	}
}

func FuzzLoadCSV(f *testing.F) {
	f.Add([]byte("a,b,y\n1,2,0\n3,4,1\n"), "y")
	f.Add([]byte("a,b,y\n1,\"2,0\n"), "y")
	f.Add([]byte("y,x\ncat,1e308\ndog,-0\n"), "y")
	f.Add([]byte("\ufeffa,y\n1,NaN\n"), "y")
	f.Add([]byte("a,y\n"), "y")
	f.Fuzz(func(t *testing.T, data []byte, label string) {
		d, err := LoadCSV(bytes.NewReader(data), label)
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("code %q: %v", cohort.Code(err), err)
			}
			return
		}
		if d.N < 1 || len(d.X) != d.N*d.D || len(d.Y) != d.N || len(d.Features) != d.D {
			t.Fatalf("inconsistent dataset %d x %d", d.N, d.D)
		}
		for _, y := range d.Y {
			if y < 0 || y >= d.NumClasses() {
				t.Fatalf("label %d of %d", y, d.NumClasses())
			}
		}
	})
}

func FuzzLoadIDX(f *testing.F) {
	f.Add(idxFile(f, false, []uint32{2, 1, 2}, []byte{1, 2, 3, 4}), idxFile(f, false, []uint32{2}, []byte{0, 1}))
	f.Add(idxFile(f, true, []uint32{1, 3}, []byte{9, 9, 9}), idxFile(f, true, []uint32{1}, []byte{4}))
	f.Add([]byte{0, 0, 8, 2, 0xff, 0xff, 0xff, 0xff}, []byte{0, 0, 8, 1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, images, labels []byte) {
		d, err := DecodeIDX(bytes.NewReader(images), bytes.NewReader(labels))
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("code %q: %v", cohort.Code(err), err)
			}
			return
		}
		if len(d.X) != d.N*d.D || len(d.Y) != d.N {
			t.Fatalf("inconsistent dataset %d x %d", d.N, d.D)
		}
		for _, v := range d.X {
			if v < 0 || v > 1 {
				t.Fatalf("pixel %v", v)
			}
		}
	})
}

func TestFeatureCSV(t *testing.T) {
	d, err := LoadFeatureCSV(strings.NewReader("a,b\n1,2\n3,4\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.D != 2 || d.N != 2 || !slices.Equal(d.Features, []string{"a", "b"}) || d.NumClasses() != 1 || !slices.Equal(d.Y, []int{0, 0}) {
		t.Fatalf("features-only table: %+v", d)
	}
	if _, err := LoadFeatureCSV(strings.NewReader("a,b\n1,x\n")); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("non-number: %v", err)
	}
}
