package zk

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/cohort-net/cohort"
)

// Dataset is a small in-memory labelled data set for training and evaluating benchmark models.
type Dataset struct {
	X [][]float64
	Y []int
}

// LoadCSV reads a numeric CSV with a header; label names the integer label column.
func LoadCSV(path, label string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(io.LimitReader(f, 1<<30)))
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", path, err)
	}
	li := -1
	for i, h := range head {
		if h == label {
			li = i
		}
	}
	if li < 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "%s: no column %q", path, label)
	}
	d := &Dataset{}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		x := make([]float64, 0, len(rec)-1)
		for i, s := range rec {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, cohort.Errorf(cohort.EInvalid, "%s line %d: %v", path, line, err)
			}
			if i == li {
				d.Y = append(d.Y, int(v))
			} else {
				x = append(x, v)
			}
		}
		d.X = append(d.X, x)
	}
	return d, nil
}

// LoadIDX reads gzipped IDX image and label files (MNIST's format); pixels are scaled by 1/256 so that
// a model quantized with InFrac 8 takes the raw pixel values as input.
func LoadIDX(images, labels string, limit int) (*Dataset, error) {
	read := func(path string) ([]int, []byte, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		var hdr [4]byte
		if _, err := io.ReadFull(z, hdr[:]); err != nil {
			return nil, nil, err
		}
		nd := int(hdr[3])
		if hdr[2] != 8 || nd < 1 || nd > 3 {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "%s: not a uint8 IDX file", path)
		}
		dims := make([]int, nd)
		n := 1
		for i := range dims {
			var v uint32
			if err := binary.Read(z, binary.BigEndian, &v); err != nil {
				return nil, nil, err
			}
			dims[i] = int(v)
			n *= int(v)
		}
		if n > 1<<28 {
			return nil, nil, cohort.Errorf(cohort.ETooLarge, "%s: %d values", path, n)
		}
		data := make([]byte, n)
		_, err = io.ReadFull(z, data)
		return dims, data, err
	}
	idims, img, err := read(images)
	if err != nil {
		return nil, err
	}
	_, lab, err := read(labels)
	if err != nil {
		return nil, err
	}
	n := min(idims[0], len(lab))
	if limit > 0 {
		n = min(n, limit)
	}
	px := len(img) / idims[0]
	d := &Dataset{X: make([][]float64, n), Y: make([]int, n)}
	for i := range n {
		x := make([]float64, px)
		for j := range x {
			x[j] = float64(img[i*px+j]) / 256
		}
		d.X[i], d.Y[i] = x, int(lab[i])
	}
	return d, nil
}

// Split shuffles with a seeded PCG and splits off testFrac of the rows.
func (d *Dataset) Split(testFrac float64, seed uint64) (train, test *Dataset) {
	r := rand.New(rand.NewPCG(seed, 4))
	idx := r.Perm(len(d.Y))
	nt := int(math.Round(testFrac * float64(len(idx))))
	pick := func(ix []int) *Dataset {
		s := &Dataset{}
		for _, i := range ix {
			s.X, s.Y = append(s.X, d.X[i]), append(s.Y, d.Y[i])
		}
		return s
	}
	return pick(idx[nt:]), pick(idx[:nt])
}

// Standardize z-scores every column with the mean and deviation of ref (the training set).
func (d *Dataset) Standardize(ref *Dataset) {
	k := len(ref.X[0])
	mu, sd := make([]float64, k), make([]float64, k)
	for _, x := range ref.X {
		for j, v := range x {
			mu[j] += v
		}
	}
	for j := range mu {
		mu[j] /= float64(len(ref.X))
	}
	for _, x := range ref.X {
		for j, v := range x {
			sd[j] += (v - mu[j]) * (v - mu[j])
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j] / float64(len(ref.X)))
		if sd[j] == 0 {
			sd[j] = 1
		}
	}
	for _, x := range d.X {
		for j := range x {
			x[j] = (x[j] - mu[j]) / sd[j]
		}
	}
}

// findFile looks for name in dir, ./datasets and the datasets folder of enclosing directories.
func findFile(dir, name string) (string, error) {
	cands := []string{}
	if dir != "" {
		cands = append(cands, filepath.Join(dir, name))
	}
	if env := os.Getenv("COHORT_DATASETS"); env != "" {
		cands = append(cands, filepath.Join(env, name))
	}
	wd, _ := os.Getwd()
	for d := wd; ; d = filepath.Dir(d) {
		cands = append(cands, filepath.Join(d, "datasets", name))
		if filepath.Dir(d) == d {
			break
		}
	}
	for _, c := range cands {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		}
	}
	return "", cohort.Errorf(cohort.ENotFound, "data set %s not found (looked in %v)", name, cands[:min(len(cands), 3)])
}
