package chain

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
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
	if e.Name != "WrongStatus" || e.Error() != "the task is not in a state that allows this (WrongStatus(status=2, taskId=7))" {
		t.Fatalf("decoded %q: %s", e.Name, e.Error())
	}
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
