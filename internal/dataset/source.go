package dataset

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/cohort-net/cohort"
)

// bundled names the data sets embedded in the binary and their label columns.
var bundled = map[string]string{"breast_cancer": "malignant", "digits": "digit"}

// LoadSource resolves a data source: a bundled name (breast_cancer, digits), "fashion-mnist" (the IDX
// files under fashionDir), or the path of a CSV file with a header and the label column. CSV data is
// split 80/20, stratified, with seed; Fashion-MNIST keeps its own test set.
func LoadSource(source, label, fashionDir string, seed uint64) (train, test *Dataset, name string, err error) {
	if source == "" {
		source = "breast_cancer"
	}
	if source == "fashion-mnist" || source == "fashion_mnist" {
		if fashionDir == "" {
			fashionDir = DefaultFashionMNISTDir
		}
		train, test, err = LoadFashionMNIST(fashionDir)
		if err != nil {
			return nil, nil, "", fmt.Errorf("fashion-mnist (install Debian's dataset-fashion-mnist or pass --fashion-dir): %w", err)
		}
		return train, test, "fashion_mnist", nil
	}
	var full *Dataset
	if l, ok := bundled[source]; ok {
		if label == "" {
			label = l
		}
		raw, err := cohort.Datasets.ReadFile("datasets/" + source + ".csv")
		if err != nil {
			return nil, nil, "", err
		}
		full, err = LoadCSV(bytes.NewReader(raw), label)
		if err != nil {
			return nil, nil, "", fmt.Errorf("bundled %s: %w", source, err)
		}
		name = source
	} else {
		if label == "" {
			return nil, nil, "", cohort.Errorf(cohort.EInvalid, "--label is required for a CSV file (the name of its label column)")
		}
		if _, err := os.Stat(source); err != nil {
			return nil, nil, "", cohort.Errorf(cohort.EInvalid, "data %q: not a bundled data set (breast_cancer, digits, fashion-mnist) nor a readable file: %v", source, err)
		}
		full, err = LoadCSVFile(source, label)
		if err != nil {
			return nil, nil, "", err
		}
		name = strings.TrimSuffix(source[strings.LastIndex(source, "/")+1:], ".csv")
	}
	train, test, err = StratifiedSplit(full, 0.2, seed)
	if err != nil {
		return nil, nil, "", err
	}
	return train, test, name, nil
}

// OpenCSVSource returns the raw bytes of a bundled data set (by name) or of a CSV file, and the label
// column to use: label when given, else the bundled set's own.
func OpenCSVSource(source, label string) ([]byte, string, error) {
	if l, ok := bundled[source]; ok {
		if label == "" {
			label = l
		}
		raw, err := cohort.Datasets.ReadFile("datasets/" + source + ".csv")
		return raw, label, err
	}
	if label == "" {
		return nil, "", cohort.Errorf(cohort.EInvalid, "--label is required for a CSV file (the name of its label column)")
	}
	raw, err := readFileLimited(source)
	if err != nil {
		return nil, "", cohort.Errorf(cohort.EInvalid, "data %q: not a bundled data set (breast_cancer, digits) nor a readable file: %v", source, err)
	}
	return raw, label, nil
}

func readFileLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCSVBytes(f)
}
