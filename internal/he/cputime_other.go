//go:build !unix

package he

import "time"

func cpuTime() time.Duration { return 0 }
