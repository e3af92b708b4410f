package chain

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
)

// FuzzDecodeRevert feeds revert data as a chain returns it; decoding never fails or panics, and known
// errors decode to their names.
func FuzzDecodeRevert(f *testing.F) {
	m := newContracts()
	a, _ := m.market.GetABI().Errors["WrongStatus"].Inputs.Pack(big.NewInt(7), uint8(2))
	id := m.market.GetABI().Errors["WrongStatus"].ID
	f.Add(append(id[:4:4], a...))
	b, _ := m.market.GetABI().Errors["InvalidParams"].Inputs.Pack("budget")
	id2 := m.market.GetABI().Errors["InvalidParams"].ID
	f.Add(append(id2[:4:4], b...))
	f.Add(common.FromHex("0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000036f6f7000000000000000000000000000000000000000000000000000000000"))
	f.Add(common.FromHex("0x4e487b710000000000000000000000000000000000000000000000000000000000000011"))
	f.Add([]byte{})
	f.Add([]byte{1, 2, 3})
	f.Add(id[:4])
	f.Fuzz(func(t *testing.T, data []byte) {
		e := DecodeRevert(data)
		if !bytes.Equal(e.Raw, data) {
			t.Fatal("raw data not kept")
		}
		_ = e.Error()
	})
}

func TestDecodeRevertKnown(t *testing.T) {
	m := newContracts()
	ae := m.market.GetABI().Errors["WrongStatus"]
	args, _ := ae.Inputs.Pack(big.NewInt(7), uint8(2))
	e := DecodeRevert(append(ae.ID[:4:4], args...))
	if e.Name != "WrongStatus" || e.Error() != "WrongStatus(status=2, taskId=7)" {
		t.Fatalf("decoded %q: %s", e.Name, e.Error())
	}
}

// FuzzParseTaskFile feeds task files; parsing never panics, and what parses validates.
func FuzzParseTaskFile(f *testing.F) {
	f.Add([]byte(`{"budget":"1000","max_hourly_rate":"12.5","bidding_window":"1h","execution_window":"24h","max_nodes":10,"metric_id":1,"metric_threshold":900000,"bonus_bps":1000}`))
	f.Add([]byte(`{"budget":"0.000000000000000001","max_hourly_rate":"1","scheduler":"reputation-weighted","coordinator":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}`))
	f.Add([]byte(`{"budget":"-1","max_hourly_rate":"1"}`))
	f.Add([]byte(`{"budget":"1e5","max_hourly_rate":"1","typo":1}`))
	f.Add([]byte(`{"model_spec_hash":"0x0000000000000000000000000000000000000000000000000000000000000001","budget":"5","max_hourly_rate":"1"}`))
	f.Add([]byte(`[]`))
	now := time.Unix(1_800_000_000, 0)
	f.Fuzz(func(t *testing.T, data []byte) {
		spec, err := ParseTaskFile(data, now)
		if err != nil {
			if c := cohort.Code(err); c != cohort.EInvalid && c != cohort.ETooLarge {
				t.Fatalf("code %s for %v", c, err)
			}
			return
		}
		if err := spec.Validate(); err != nil {
			t.Fatalf("parsed but invalid: %v", err)
		}
	})
}

func TestTokens(t *testing.T) {
	for _, s := range []string{"0", "1", "12.5", "0.000000000000000001", "1000000"} {
		v, err := ParseTokens(s)
		if err != nil {
			t.Fatal(s, err)
		}
		if got := FormatTokens(v); got != s {
			t.Fatalf("%s -> %s -> %s", s, v, got)
		}
	}
	for _, s := range []string{"", "-1", "1e5", "1.2.3", "0.0000000000000000001", "abc", "."} {
		if _, err := ParseTokens(s); err == nil {
			t.Fatalf("%q parsed", s)
		}
	}
}
