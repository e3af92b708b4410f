package bench

// Bridge for branch wt-zk: these two helpers are copied verbatim from branch wt-bench's
// internal/bench/secagg.go. Delete this file when merging wt-bench.

import (
	"math"
	"os"
	"strconv"
	"strings"
)

// loadAvg is the 1-minute load average (Linux), so a reader can tell a quiet machine from a busy one.
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

// roundTo rounds x to the given number of decimal places.
func roundTo(x float64, places int) float64 {
	p := math.Pow10(places)
	return math.Round(x*p) / p
}
