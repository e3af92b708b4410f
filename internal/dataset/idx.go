package dataset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/cohort-net/cohort"
)

// DefaultFashionMNISTDir is where Debian's dataset-fashion-mnist package puts its files.
const DefaultFashionMNISTDir = "/usr/share/datasets/fashion-mnist"

// MaxIDXElements bounds the element count an IDX header may declare (Fashion-MNIST train: 47M).
const MaxIDXElements = 1 << 28

// FashionMNISTClasses are Fashion-MNIST's class names, by label value.
var FashionMNISTClasses = [10]string{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"}

// ReadIDX decodes one IDX file of unsigned bytes (type 0x08), gzip-compressed or raw, and returns its
// dimensions and data.
func ReadIDX(r io.Reader) (dims []int, data []byte, err error) {
	br := bufio.NewReader(r)
	if m, _ := br.Peek(2); len(m) == 2 && m[0] == 0x1f && m[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: gzip: %v", err)
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	var hdr [4]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: header: %v", err)
	}
	if hdr[0] != 0 || hdr[1] != 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: bad magic % x", hdr[:2])
	}
	if hdr[2] != 0x08 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: element type 0x%02x, want 0x08 (unsigned byte)", hdr[2])
	}
	nd := int(hdr[3])
	if nd < 1 || nd > 4 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: %d dimensions, want 1 to 4", nd)
	}
	total := 1
	for i := range nd {
		var b [4]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: dimension %d: %v", i, err)
		}
		v := binary.BigEndian.Uint32(b[:])
		if v > MaxIDXElements || total*int(v) > MaxIDXElements {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: more than %d elements", MaxIDXElements)
		}
		dims = append(dims, int(v))
		total *= int(v)
	}
	// Read at most total+1 bytes, growing as data arrives, so a lying header cannot force a huge
	// allocation.
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(br, int64(total)+1))
	if err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: data: %v", err)
	}
	if n != int64(total) {
		if n > int64(total) {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: trailing data after %d elements", total)
		}
		return nil, nil, cohort.Errorf(cohort.EInvalid, "idx: truncated: %d of %d elements", n, total)
	}
	return dims, buf.Bytes(), nil
}

// DecodeIDX builds a data set from an images IDX stream (n x rows x cols, or n x features) and a labels
// IDX stream (n); pixel bytes are scaled to [0,1] and classes are the label values "0".."max".
func DecodeIDX(images, labels io.Reader) (*Dataset, error) {
	idims, px, err := ReadIDX(images)
	if err != nil {
		return nil, fmt.Errorf("images: %w", err)
	}
	ldims, lb, err := ReadIDX(labels)
	if err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	if len(idims) < 2 {
		return nil, cohort.Errorf(cohort.EInvalid, "idx images: %d dimensions, want at least 2", len(idims))
	}
	if len(ldims) != 1 || ldims[0] != idims[0] {
		return nil, cohort.Errorf(cohort.EInvalid, "idx labels: dimensions %v do not match %d images", ldims, idims[0])
	}
	n := idims[0]
	if n == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "idx: no images")
	}
	dim := len(px) / n
	if dim == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "idx: empty images")
	}
	d := &Dataset{X: make([]float64, len(px)), Y: make([]int, n), N: n, D: dim, Label: "label"}
	for i, p := range px {
		d.X[i] = float64(p) / 255
	}
	maxL := 0
	for i, l := range lb {
		d.Y[i] = int(l)
		maxL = max(maxL, int(l))
	}
	for c := 0; c <= maxL; c++ {
		d.Classes = append(d.Classes, strconv.Itoa(c))
	}
	d.Features = make([]string, dim)
	for j := range dim {
		d.Features[j] = "px" + strconv.Itoa(j)
	}
	return d, nil
}

// LoadIDX reads an images and a labels IDX file (gzip or raw) into a data set with pixels in [0,1].
func LoadIDX(imagesPath, labelsPath string) (*Dataset, error) {
	fi, err := openData(imagesPath)
	if err != nil {
		return nil, err
	}
	defer fi.Close()
	fl, err := openData(labelsPath)
	if err != nil {
		return nil, err
	}
	defer fl.Close()
	d, err := DecodeIDX(fi, fl)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", imagesPath, err)
	}
	return d, nil
}

// LoadFashionMNIST loads the Fashion-MNIST training (60,000) and test (10,000) sets from dir
// (DefaultFashionMNISTDir when empty), accepting gzip or raw file names.
func LoadFashionMNIST(dir string) (train, test *Dataset, err error) {
	if dir == "" {
		dir = DefaultFashionMNISTDir
	}
	find := func(base string) (string, error) {
		for _, name := range []string{base + ".gz", base} {
			p := filepath.Join(dir, name)
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
		return "", cohort.Errorf(cohort.ENotFound, "fashion-mnist: no %s(.gz) in %s (apt-get install dataset-fashion-mnist)", base, dir)
	}
	load := func(prefix string) (*Dataset, error) {
		ip, err := find(prefix + "-images-idx3-ubyte")
		if err != nil {
			return nil, err
		}
		lp, err := find(prefix + "-labels-idx1-ubyte")
		if err != nil {
			return nil, err
		}
		d, err := LoadIDX(ip, lp)
		if err != nil {
			return nil, err
		}
		if len(d.Classes) == len(FashionMNISTClasses) {
			d.Classes = FashionMNISTClasses[:]
		}
		return d, nil
	}
	if train, err = load("train"); err != nil {
		return nil, nil, err
	}
	if test, err = load("t10k"); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}
