package cli

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/zk"
)

// Flags whose values have a valid range. A value given on the command line is checked when it is
// parsed, so a bad one is a usage error (exit 2) before anything starts; the default is not checked,
// which lets 0 keep meaning "the default for this model" while `--rounds 0` is refused.

// intFlag is an int flag whose given values must lie in [min, max].
type intFlag struct {
	p        *int
	min, max int
}

func (f intFlag) String() string { return strconv.Itoa(*f.p) }
func (intFlag) Type() string     { return "int" }

func (f intFlag) Set(s string) error {
	v, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is not an integer", s)
	}
	if v < f.min || v > f.max {
		return rangeError(float64(f.min), float64(f.max), false)
	}
	*f.p = v
	return nil
}

// roundsFlag is a round count, or "auto": rounds until the validation metric plateaus (*auto set; a
// later number is then the cap, --rounds-cap).
type roundsFlag struct {
	n    *int
	auto *bool
}

func (f roundsFlag) String() string {
	if f.auto != nil && *f.auto {
		return "auto"
	}
	if f.n == nil {
		return "0"
	}
	return strconv.Itoa(*f.n)
}
func (roundsFlag) Type() string { return "int|auto" }

func (f roundsFlag) Set(s string) error {
	if s == "auto" {
		*f.auto = true
		return nil
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is neither a number of rounds nor auto", s)
	}
	if v < 1 || v > math.MaxInt32 {
		return rangeError(1, math.MaxInt32, false)
	}
	*f.n, *f.auto = v, false
	return nil
}

// floatFlag is a float64 flag whose given values must lie in [min, max] (or (min, max] with open).
type floatFlag struct {
	p        *float64
	min, max float64
	open     bool // min itself is refused
}

func (f floatFlag) String() string { return strconv.FormatFloat(*f.p, 'g', -1, 64) }
func (floatFlag) Type() string     { return "float" }

func (f floatFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("%q is not a finite number", s)
	}
	if v < f.min || v > f.max || (f.open && v == f.min) {
		return rangeError(f.min, f.max, f.open)
	}
	*f.p = v
	return nil
}

// rangeError says what a flag wants (pflag prefixes the flag and the refused value).
func rangeError(lo, hi float64, open bool) error {
	switch {
	case open && lo == 0 && hi == math.MaxFloat64:
		return errors.New("want a positive number")
	case hi >= math.MaxInt32 && lo == 1:
		return errors.New("want at least 1")
	case hi >= math.MaxInt32 && lo == 0:
		return errors.New("want 0 or more")
	case open:
		return fmt.Errorf("want more than %g and at most %g", lo, hi)
	}
	return fmt.Errorf("want %g..%g", lo, hi)
}

// countVar is an int flag of a count: a given value must be at least 1.
func countVar(f *pflag.FlagSet, p *int, name string, def int, usage string) {
	intRangeVar(f, p, name, def, 1, math.MaxInt32, usage)
}

// natVar is an int flag where 0 is meaningful (often "automatic"): a given value must be 0 or more.
func natVar(f *pflag.FlagSet, p *int, name string, def int, usage string) {
	intRangeVar(f, p, name, def, 0, math.MaxInt32, usage)
}

func intRangeVar(f *pflag.FlagSet, p *int, name string, def, lo, hi int, usage string) {
	*p = def
	f.Var(intFlag{p: p, min: lo, max: hi}, name, usage)
}

// positiveVar is a float flag whose given value must be above 0.
func positiveVar(f *pflag.FlagSet, p *float64, name string, def float64, usage string) {
	*p = def
	f.Var(floatFlag{p: p, min: 0, max: math.MaxFloat64, open: true}, name, usage)
}

// floatRangeVar is a float flag whose given value must lie in [lo, hi].
func floatRangeVar(f *pflag.FlagSet, p *float64, name string, def, lo, hi float64, usage string) {
	*p = def
	f.Var(floatFlag{p: p, min: lo, max: hi}, name, usage)
}

// groupsRefuseUnknown makes every command group (a command with subcommands and nothing to run of its
// own) print its help when called bare and refuse an unknown subcommand with a usage error (exit 2):
// cobra would print the help and exit 0 for `cohort bench nosuch`.
func groupsRefuseUnknown(root *cobra.Command) {
	for _, c := range root.Commands() {
		if c.HasSubCommands() && !c.Runnable() {
			c.Args = cobra.NoArgs
			c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
		}
		groupsRefuseUnknown(c)
	}
}

// byzantineFlag is --byzantine: the attackers the robust strategies assume, a fraction in [0, 0.5) of a
// round's participants or a whole count (task.ByzantineCount), checked at parse.
type byzantineFlag struct{ p *float64 }

func (f byzantineFlag) String() string { return strconv.FormatFloat(*f.p, 'g', -1, 64) }
func (byzantineFlag) Type() string     { return "fraction|count" }

func (f byzantineFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("%q is not a number", s)
	}
	if _, _, err := task.ByzantineCount(v); err != nil {
		return errors.New("want a fraction in [0, 0.5) or a whole count of attackers (Krum needs n > 2f + 2 participants, the median and trimmed mean 2f < n)")
	}
	*f.p = v
	return nil
}

// byzantineVar registers --byzantine.
func byzantineVar(f *pflag.FlagSet, p *float64) {
	f.Var(byzantineFlag{p}, "byzantine", "attackers assumed by median|trimmed-mean|krum|norm-clip: a fraction of each round's participants below 0.5, or a count (default 0.2)")
}

// variantFlag is a circuit variant: auto (the model's default), binary or lookup.
type variantFlag struct{ p *zk.Variant }

func (f variantFlag) String() string {
	if f.p == nil || *f.p == "" {
		return "auto"
	}
	return string(*f.p)
}
func (variantFlag) Type() string { return "auto|binary|lookup" }

func (f variantFlag) Set(s string) error {
	v, err := zk.ParseVariant(s)
	if err != nil {
		return errors.New("want auto, binary or lookup")
	}
	*f.p = v
	return nil
}

// variantVar is the --variant flag of the commands that compile a circuit for keys.
func variantVar(f *pflag.FlagSet, p *zk.Variant) {
	f.Var(variantFlag{p}, "variant", "circuit variant: auto (binary range checks, no commitment: the cheap on-chain verifier; lookup for the lstm), binary, or lookup (fewer constraints, a Pedersen commitment: about 125k gas more on chain)")
}

// durationFlag is a duration flag whose given value must lie in (0, max].
type durationFlag struct {
	p   *time.Duration
	max time.Duration
}

func (f durationFlag) String() string { return f.p.String() }
func (durationFlag) Type() string     { return "duration" }

func (f durationFlag) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("%q is not a duration", s)
	}
	if v <= 0 || v > f.max {
		return fmt.Errorf("want more than 0 and at most %v", f.max)
	}
	*f.p = v
	return nil
}

// positiveDurationVar is a duration flag whose given value must be above 0 and at most max.
func positiveDurationVar(f *pflag.FlagSet, p *time.Duration, name string, def, max time.Duration, usage string) {
	*p = def
	f.Var(durationFlag{p: p, max: max}, name, usage)
}

// tokensFlag is a positive token amount in whole tokens with up to 18 decimals ("2.5").
type tokensFlag struct{ p **big.Int }

func (f tokensFlag) String() string {
	if *f.p == nil {
		return ""
	}
	return chain.FormatTokens(*f.p)
}
func (tokensFlag) Type() string { return "tokens" }

func (f tokensFlag) Set(s string) error {
	v, err := chain.ParseTokens(s)
	if err != nil {
		return err
	}
	if v.Sign() <= 0 {
		return errors.New("want a positive amount")
	}
	*f.p = v
	return nil
}

// tokensVar is a positive token-amount flag; unset leaves *p nil (the default of whoever reads it).
func tokensVar(f *pflag.FlagSet, p **big.Int, name, usage string) {
	f.Var(tokensFlag{p: p}, name, usage)
}
