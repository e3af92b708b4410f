package trainer

import (
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/protocol"
)

// TestCheckContributors: a decrypting member refuses sums of too few contributors, contributors from
// outside the roster, and an active set other than the first t contributors.
func TestCheckContributors(t *testing.T) {
	spec := &protocol.TaskSpec{MinParticipants: 3}
	members := make([]protocol.ThresholdMember, 5)
	for i := range members {
		members[i].ID = cohort.NodeID{byte(i + 1)}
	}
	ids := func(is ...int) []cohort.NodeID {
		var out []cohort.NodeID
		for _, i := range is {
			out = append(out, cohort.NodeID{byte(i)})
		}
		return out
	}
	ok := &protocol.ThresholdMsg{Contributors: ids(1, 2, 4, 5), Active: []uint64{1, 2, 4}}
	if err := checkContributors(spec, members, ok, 3); err != nil {
		t.Fatal(err)
	}
	for name, m := range map[string]*protocol.ThresholdMsg{
		"one contributor":   {Contributors: ids(2), Active: []uint64{2}},
		"too few":           {Contributors: ids(1, 2), Active: []uint64{1, 2}},
		"stranger":          {Contributors: ids(1, 2, 9), Active: []uint64{1, 2, 3}},
		"unsorted":          {Contributors: ids(2, 1, 3), Active: []uint64{2, 1, 3}},
		"repeated":          {Contributors: ids(1, 1, 2), Active: []uint64{1, 1, 2}},
		"other active set":  {Contributors: ids(1, 2, 4, 5), Active: []uint64{2, 4, 5}},
		"short active set":  {Contributors: ids(1, 2, 4, 5), Active: []uint64{1, 2}},
		"active outside of": {Contributors: ids(1, 2, 4), Active: []uint64{1, 2, 3}},
	} {
		if err := checkContributors(spec, members, m, 3); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestTwoSumsRule: a member decrypts sums of one contributor set per round only.
func TestTwoSumsRule(t *testing.T) {
	tr := &Trainer{signed: map[uint64][]cohort.NodeID{}}
	a := []cohort.NodeID{{1}, {2}, {3}}
	if err := tr.allowSurvivors(4, a); err != nil {
		t.Fatal(err)
	}
	if err := tr.allowSurvivors(4, a); err != nil {
		t.Fatalf("same set again: %v", err)
	}
	if err := tr.allowSurvivors(4, a[:2]); cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("second set: %v", err)
	}
	if err := tr.allowSurvivors(5, a[:2]); err != nil {
		t.Fatalf("next round: %v", err)
	}
}
