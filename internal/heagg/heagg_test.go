package heagg

import (
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/protocol"
)

func TestVectorAndMean(t *testing.T) {
	v, err := Vector([]float64{1, -2}, 0.5, 2, 5)
	if err != nil || len(v) != 4 || v[0] != 2 || v[1] != -4 || v[2] != 1 || v[3] != 2 {
		t.Fatalf("vector %v %v", v, err)
	}
	if _, err := Vector([]float64{1000}, 0, 2, 5); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("out of range: %v", err)
	}
	mean, loss, err := Mean([]float64{4, -8, 2, 4}, 2, 2)
	if err != nil || mean[0] != 1 || mean[1] != -2 || loss != 0.5 {
		t.Fatalf("mean %v %v %v", mean, loss, err)
	}
	if _, _, err := Mean([]float64{1, 2, 0}, 1, 1); err == nil {
		t.Fatal("zero weight accepted")
	}
}

func TestConfig(t *testing.T) {
	s := &protocol.TaskSpec{}
	s.ThresholdHE.Threshold = 2
	c1, c2 := Config(s, 1, 1, 3), Config(s, 1, 2, 3)
	if c1.CRS == c2.CRS || len(c1.Parties) != 3 || c1.Parties[2] != 3 || c1.Threshold != 2 {
		t.Fatal("config")
	}
}

// TestProtocolLimits checks that what protocol assumes of he (it does not import it) is true.
func TestProtocolLimits(t *testing.T) {
	if protocol.ThresholdMaxParties != he.MaxParties || protocol.ThresholdMinSmudgingLog2 != he.MinSmudgingLog2 ||
		protocol.ThresholdMaxSmudgingLog2 != he.MaxSmudgingLog2 {
		t.Fatalf("protocol's limits (%d parties, smudging 2^%d..2^%d) differ from he's (%d, 2^%d..2^%d)",
			protocol.ThresholdMaxParties, protocol.ThresholdMinSmudgingLog2, protocol.ThresholdMaxSmudgingLog2,
			he.MaxParties, he.MinSmudgingLog2, he.MaxSmudgingLog2)
	}
	if slots := he.MustParams(he.ProfileAgg).Slots(); slots != protocol.ThresholdSlots {
		t.Fatalf("ProfileAgg has %d slots, protocol's size check assumes %d", slots, protocol.ThresholdSlots)
	}
}
