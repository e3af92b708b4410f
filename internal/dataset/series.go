package dataset

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
)

// Series is a univariate time series: one value per time, in increasing time order; NaN marks a
// missing value (an empty cell).
type Series struct {
	Name   string
	Times  []time.Time
	Values []float64
}

// BundledCO2 is the bundled time series: the Mauna Loa weekly atmospheric CO2 record, March 1958 to
// December 2001 (datasets/co2.csv, 2284 weeks, 59 of them missing; provenance in datasets/README.md).
const BundledCO2 = "co2"

// LoadBundledSeries reads a bundled time series by name (BundledCO2).
func LoadBundledSeries(name string) (*Series, error) {
	if name != BundledCO2 {
		return nil, cohort.Errorf(cohort.EInvalid, "time series %q: the bundled one is %s", name, BundledCO2)
	}
	raw, err := cohort.Datasets.ReadFile("datasets/co2.csv")
	if err != nil {
		return nil, err
	}
	s, err := LoadSeriesCSV(bytes.NewReader(raw), "date", "co2")
	if err != nil {
		return nil, err
	}
	s.Name = name
	return s, nil
}

// LoadSeriesCSV reads a time series from a CSV file with a header: timeCol holds dates as YYYYMMDD
// (or YYYY-MM-DD), strictly increasing; valueCol finite numbers, or an empty cell for a missing
// value. Other columns are ignored. Errors are cohort.EInvalid and name the line.
func LoadSeriesCSV(r io.Reader, timeCol, valueCol string) (*Series, error) {
	raw, err := readCSVBytes(r)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "series csv: no header: %v", err)
	}
	header = slices.Clone(header)
	ti, vi := slices.Index(header, timeCol), slices.Index(header, valueCol)
	if ti < 0 || vi < 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "series csv: want columns %q and %q, the header has %s", timeCol, valueCol, preview(header))
	}
	s := &Series{}
	parseErr := func(err error) error { return cohort.Errorf(cohort.EInvalid, "series csv: %v", err) }
	err = EachRecord(cr, header, parseErr, func(line int, rec []string) error {
		ts := strings.TrimSpace(rec[ti])
		layout := "20060102"
		if strings.Contains(ts, "-") {
			layout = time.DateOnly
		}
		t, err := time.Parse(layout, ts)
		if err != nil {
			return cohort.Errorf(cohort.EInvalid, "series csv line %d, column %q: %q is not a date (YYYYMMDD)", line, timeCol, clip(ts))
		}
		if n := len(s.Times); n > 0 && !t.After(s.Times[n-1]) {
			return cohort.Errorf(cohort.EInvalid, "series csv line %d: %s does not follow %s", line, t.Format(time.DateOnly), s.Times[n-1].Format(time.DateOnly))
		}
		v := math.NaN()
		if f := strings.TrimSpace(rec[vi]); f != "" {
			if v, err = strconv.ParseFloat(f, 64); err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return cohort.Errorf(cohort.EInvalid, "series csv line %d, column %q: %q is not a finite number", line, valueCol, clip(f))
			}
		}
		s.Times = append(s.Times, t)
		s.Values = append(s.Values, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(s.Values) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "series csv: a header but no rows")
	}
	return s, nil
}

// DirectionFeatures is the width of one step of DirectionWindows: the change since the previous
// value, and the sine and cosine of the day of the year (the season).
const DirectionFeatures = 3

// DirectionWindows turns the series into a classification task for sequence models: row k holds steps
// steps, each DirectionFeatures values (the change v[t] - v[t-1]; sin and cos of 2 pi day-of-year /
// 365.25 at t), for the steps times ending at t; its label is 1 ("up") when the next value v[t+1] is
// above v[t], else 0 ("down"). A window needs steps+2 consecutive present values, so windows touching a
// missing value are left out. Rows keep the series' time order (split them with TimeSplit).
func (s *Series) DirectionWindows(steps int) (*Dataset, error) {
	if steps < 1 || steps > 1024 {
		return nil, cohort.Errorf(cohort.EInvalid, "windows: %d steps, want 1 to 1024", steps)
	}
	d := &Dataset{D: steps * DirectionFeatures, Label: "up", Classes: []string{"down", "up"}}
	for i := 0; i < DirectionFeatures*steps; i += DirectionFeatures {
		k := itoa(i/DirectionFeatures - steps + 1)
		d.Features = append(d.Features, "change_t"+k, "season_sin_t"+k, "season_cos_t"+k)
	}
	v := s.Values
	for t := steps; t+1 < len(v); t++ {
		ok := true
		for k := t - steps; k <= t+1; k++ {
			ok = ok && !math.IsNaN(v[k])
		}
		if !ok {
			continue
		}
		for k := t - steps + 1; k <= t; k++ {
			a := 2 * math.Pi * float64(s.Times[k].YearDay()-1) / 365.25
			ch := v[k] - v[k-1]
			if math.IsInf(ch, 0) {
				return nil, cohort.Errorf(cohort.EInvalid, "windows: the change at %s overflows", s.Times[k].Format(time.DateOnly))
			}
			d.X = append(d.X, ch, math.Sin(a), math.Cos(a))
		}
		y := 0
		if v[t+1] > v[t] {
			y = 1
		}
		d.Y = append(d.Y, y)
		d.N++
	}
	if d.N == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "windows: no %d consecutive present values in %d", steps+2, len(v))
	}
	return d, nil
}

// TimeSplit splits rows kept in time order: the last testFrac of them are the test set, the valFrac
// before those the validation set, the rest (the earliest) trains. No row is shuffled, so nothing
// from the future of the validation and test rows trains the model (their input windows may reach
// back into the training period, as a forecaster's would).
func TimeSplit(d *Dataset, valFrac, testFrac float64) (train, val, test *Dataset, err error) {
	if !(valFrac >= 0 && testFrac > 0 && valFrac+testFrac < 1) {
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "time split: validation %v and test %v, want fractions summing below 1", valFrac, testFrac)
	}
	nt := int(math.Round(float64(d.N) * testFrac))
	nv := int(math.Round(float64(d.N) * valFrac))
	if nt < 1 || d.N-nt-nv < 1 {
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "time split: %d rows are too few", d.N)
	}
	span := func(lo, hi int) *Dataset {
		idx := make([]int, 0, hi-lo)
		for i := lo; i < hi; i++ {
			idx = append(idx, i)
		}
		return d.Subset(idx)
	}
	return span(0, d.N-nt-nv), span(d.N-nt-nv, d.N-nt), span(d.N-nt, d.N), nil
}

func itoa(n int) string { return strconv.Itoa(n) }

// Fractions of a direction task's windows that validate and test (TimeSplit): the last 15 % test, the
// 15 % before them validate.
const (
	DirectionValFraction  = 0.15
	DirectionTestFraction = 0.15
)

// LoadDirectionTask loads a bundled series (BundledCO2) as DirectionWindows of steps steps, split by
// time into train, validation and test (DirectionValFraction, DirectionTestFraction); unscaled (fit a
// Scaler on train).
func LoadDirectionTask(name string, steps int) (train, val, test *Dataset, err error) {
	s, err := LoadBundledSeries(name)
	if err != nil {
		return nil, nil, nil, err
	}
	d, err := s.DirectionWindows(steps)
	if err != nil {
		return nil, nil, nil, err
	}
	return TimeSplit(d, DirectionValFraction, DirectionTestFraction)
}
