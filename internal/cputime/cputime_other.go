//go:build !linux

package cputime

import "time"

// Thread returns 0: per-thread CPU clocks are read on Linux only.
func Thread() time.Duration { return 0 }

// Process returns 0: the process CPU clock is read on Linux only.
func Process() time.Duration { return 0 }
