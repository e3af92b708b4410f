package chain

import (
	"math/big"
	"strings"

	"github.com/cohort-net/cohort"
)

// ParseTokens parses a decimal amount of whole tokens ("12.5") into base units (18 decimals).
func ParseTokens(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 {
		return nil, cohort.Errorf(cohort.EInvalid, "amount %q: want a decimal number of tokens", s)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 18 || whole == "" && frac == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "amount %q: at most 18 decimals", s)
	}
	digits := whole + frac + strings.Repeat("0", 18-len(frac))
	for _, c := range digits {
		if c < '0' || c > '9' {
			return nil, cohort.Errorf(cohort.EInvalid, "amount %q: want a decimal number of tokens", s)
		}
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, cohort.Errorf(cohort.EInvalid, "amount %q: want a decimal number of tokens", s)
	}
	return v, nil
}

// FormatTokens renders base units as whole tokens with up to 18 decimals ("12.5").
func FormatTokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	q, r := new(big.Int).QuoRem(v, Ether, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	frac := strings.TrimRight(leftPad(r.Abs(r).String(), 18), "0")
	return q.String() + "." + frac
}

func leftPad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}
