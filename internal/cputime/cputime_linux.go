//go:build linux

package cputime

import (
	"time"

	"golang.org/x/sys/unix"
)

// Thread returns the CPU time of the calling OS thread; pin the goroutine with runtime.LockOSThread
// so that two readings measure the same thread.
func Thread() time.Duration { return clock(unix.CLOCK_THREAD_CPUTIME_ID) }

// Process returns the CPU time of the whole process, all threads together.
func Process() time.Duration { return clock(unix.CLOCK_PROCESS_CPUTIME_ID) }

func clock(id int32) time.Duration {
	var ts unix.Timespec
	if unix.ClockGettime(id, &ts) != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
