package node

import "testing"

func TestParseTrainers(t *testing.T) {
	m, err := parseTrainers([]string{"0x1111111111111111111111111111111111111111=http://10.0.0.5:7101"})
	if err != nil || len(m) != 1 {
		t.Fatalf("%v %v", m, err)
	}
	for _, v := range m {
		if v != "http://10.0.0.5:7101" {
			t.Fatalf("endpoint %q", v)
		}
	}
	if m, err := parseTrainers(nil); m != nil || err != nil {
		t.Fatalf("no list: %v %v (want an open task)", m, err)
	}
	for _, bad := range []string{"0x11=http://x", "http://x", "0x1111111111111111111111111111111111111111=ftp://x"} {
		if _, err := parseTrainers([]string{bad}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
