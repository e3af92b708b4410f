package schema

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
)

// SyntheticSchema returns the schema of WriteSynthetic's data: cols-1 float features f0.. in
// [-100, 100] with a z-score transform, and an int label "y" in {0, 1}.
func SyntheticSchema(cols int) *Schema {
	lo, hi := -100.0, 100.0
	s := &Schema{Name: fmt.Sprintf("synthetic_%d", cols), Label: "y"}
	for i := range cols - 1 {
		s.Columns = append(s.Columns, Column{Name: "f" + strconv.Itoa(i), Type: Float, Min: &lo, Max: &hi, Transform: ZScore})
	}
	zero, one := 0.0, 1.0
	s.Columns = append(s.Columns, Column{Name: "y", Type: Int, Min: &zero, Max: &one})
	if err := s.check(); err != nil {
		panic(err)
	}
	return s
}

// WriteSynthetic writes a CSV of rows x cols matching SyntheticSchema(cols): Gaussian features
// (sigma 10, 4 decimals) and a label correlated with the first feature. It returns the bytes written.
func WriteSynthetic(w io.Writer, rows, cols int, seed uint64) (int64, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	r := rand.New(rand.NewPCG(seed, seed+1))
	var n int64
	line := make([]byte, 0, 16*cols)
	for i := range cols - 1 {
		if i > 0 {
			line = append(line, ',')
		}
		line = append(line, 'f')
		line = strconv.AppendInt(line, int64(i), 10)
	}
	line = append(line, ",y\n"...)
	for row := 0; row <= rows; row++ {
		if row > 0 {
			line = line[:0]
			var f0 float64
			for i := range cols - 1 {
				v := max(-99, min(99, r.NormFloat64()*10))
				if i == 0 {
					f0 = v
				}
				line = strconv.AppendFloat(line, v, 'f', 4, 64)
				line = append(line, ',')
			}
			if f0+r.NormFloat64()*5 > 0 {
				line = append(line, '1')
			} else {
				line = append(line, '0')
			}
			line = append(line, '\n')
		}
		k, err := bw.Write(line)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, bw.Flush()
}
